// Judges OAuth scopes with the reference @atproto/oauth-scopes (pds/tests/oauth_scopes_reference.rs):
// the normal form of each scope value (null when not understood), whether each grant allows each
// permission question, and the scopes each include: grants from a permission set.
// Usage: node oauth-scopes.mjs <input.json>; prints one JSON line.
import { readFileSync } from 'node:fs'
import {
  IncludeScope,
  ScopePermissionsTransition,
  normalizeAtprotoOauthScopeValue,
} from '@atproto/oauth-scopes'

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'))

const values = input.values.map((value) => normalizeAtprotoOauthScopeValue(value) ?? null)

const grants = input.grants.map(({ scope, needs }) => {
  const permissions = new ScopePermissionsTransition(scope.split(' '))
  return needs.map(({ resource, options }) => {
    switch (resource) {
      case 'repo':
        return permissions.allowsRepo(options)
      case 'rpc':
        return permissions.allowsRpc(options)
      case 'blob':
        return permissions.allowsBlob(options)
      case 'account':
        return permissions.allowsAccount(options)
      case 'identity':
        return permissions.allowsIdentity(options)
      default:
        throw new Error(`unknown resource ${resource}`)
    }
  })
})

const sets = input.sets.map(({ include, permissions }) => {
  const scope = IncludeScope.fromString(include)
  if (!scope) throw new Error(`not an include scope: ${include}`)
  return scope.toScopes({ type: 'permission-set', permissions })
})

console.log(JSON.stringify({ values, grants, sets }))
