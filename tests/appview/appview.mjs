// The reference Bluesky AppView (@atproto/bsky), subscribed to one PDS, for pds/tests/appview.rs and
// bench/appview.sh:
//   node appview.mjs <pds-url> <port> <postgres-url> [--plc <plc-url>] [--schema <name>]
// The PLC directory is <plc-url>, by default the PDS at <pds-url> (ours answers the PLC HTTP API at its
// root; the reference PDS does not, so beside it give ours with `--plc`). The AppView is
// `did:web:localhost%3A<port>`: it serves that DID document itself (its key and `#bsky_appview` service), so
// a PDS resolves it like any did:web. Its database is the schema <name> (default `bsky`) at <postgres-url>,
// migrated here: two AppViews can share one database under two schemas.
// Prints {"ready": {"did", "url"}} once it serves and indexes; runs until stdin closes (or a signal), then
// shuts down and exits. Every listener binds 127.0.0.1.
import readline from 'node:readline'
import { parseArgs } from 'node:util'
import express from 'express'
import * as bsky from '@atproto/bsky'
import { Secp256k1Keypair } from '@atproto/crypto'

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { plc: { type: 'string' }, schema: { type: 'string' } },
})
const [pdsUrl, portArg, dbUrl] = positionals
if (!pdsUrl || !portArg || !dbUrl) {
  console.error('usage: node appview.mjs <pds-url> <port> <postgres-url> [--plc <plc-url>] [--schema <name>]')
  process.exit(2)
}
const port = Number(portArg)
const plcUrl = options.plc ?? pdsUrl
const schema = options.schema ?? 'bsky'

// The AppView and its dataplane call `app.listen(port)` (every interface); here, loopback only. Both use
// this package's single copy of express.
const listen = express.application.listen
express.application.listen = function (port, ...rest) {
  return listen.call(this, port, '127.0.0.1', ...rest.filter((arg) => typeof arg === 'function'))
}

// The resolvers' default fetch refuses plain http and loopback hosts (SSRF protection).
const fetch = globalThis.fetch

const migration = new bsky.Database({ url: dbUrl, schema })
await migration.migrateToLatestOrThrow()
await migration.close()

const db = new bsky.Database({ url: dbUrl, schema, poolSize: 10 })
const dataplane = await bsky.DataPlaneServer.create(db, 0, plcUrl, fetch)
const dataplanePort = dataplane.server.address().port

// Handles under the PDS's `.test` domain are in no DNS and no web server answers for them: the indexer
// asks the PDS, which knows its own accounts' handles, instead of DNS / `https://<handle>/.well-known`.
dataplane.idResolver.handle.resolve = async (handle) => {
  const url = new URL('/xrpc/com.atproto.identity.resolveHandle', pdsUrl)
  url.searchParams.set('handle', handle)
  const res = await fetch(url)
  return res.ok ? (await res.json()).did : undefined
}

const did = `did:web:localhost%3A${port}`
const url = `http://localhost:${port}`
const config = new bsky.ServerConfig({
  version: '0.0.0',
  port,
  publicUrl: url,
  serverDid: did,
  alternateAudienceDids: [],
  didPlcUrl: plcUrl,
  dataplaneUrls: [`http://127.0.0.1:${dataplanePort}`],
  dataplaneHttpVersion: '1.1',
  // No bsync (mutes, bookmarks, notification preferences): nothing this test reads needs it.
  bsyncUrl: 'http://127.0.0.1:9',
  bsyncHttpVersion: '1.1',
  modServiceDid: 'did:web:moderation.invalid',
  labelsFromIssuerDids: [],
  adminPasswords: [crypto.randomUUID()],
  etcdHosts: [],
  feedGenSkeletonTimeout: 5000,
  bigThreadUris: new Set(),
  maxThreadParents: 50,
  disableSsrfProtection: true,
  searchTagsHide: new Set(),
  searchTagsHideAll: new Set(),
  threadTagsBumpDown: new Set(),
  threadTagsHide: new Set(),
  visibilityTagHide: '',
  visibilityTagRankPrefix: '',
  debugFieldAllowedDids: new Set(),
  draftsLimit: 500,
})
const server = bsky.BskyAppView.create({ config, signingKey: await Secp256k1Keypair.create() })
await server.start()

// The firehose: `@atproto/sync`'s Firehose from cursor 0, indexing every event into the database.
const subscription = new bsky.RepoSubscription({
  service: pdsUrl.replace(/^http/, 'ws'),
  db,
  idResolver: dataplane.idResolver,
})
void subscription.start()

console.log(JSON.stringify({ ready: { did, url } }))

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  try {
    await subscription.destroy()
    await server.destroy()
    await dataplane.destroy()
    await db.close()
  } finally {
    process.exit(0)
  }
}
readline.createInterface({ input: process.stdin }).on('close', stop)
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
