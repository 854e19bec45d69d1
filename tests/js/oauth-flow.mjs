// A real OAuth client against a running Atmos PDS: @atproto/oauth-client-node with the development
// loopback client signs in through our pages (plain form posts with a cookie jar, as a browser without
// script would), then uses the DPoP-bound session with @atproto/api (getSession, createRecord), forces a
// refresh, signs out, and checks that the old tokens no longer work. The account has the email second
// factor on, so the password is followed by the step asking for the code mailed to it (read from the
// server's outbox).
// Usage: node oauth-flow.mjs <service-url> <outbox-dir>. Prints one JSON summary line; exits non-zero on
// failure.
import { Agent, AtpAgent } from '@atproto/api'
import { NodeOAuthClient } from '@atproto/oauth-client-node'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'

const [service, outbox] = process.argv.slice(2)
if (!service || !outbox) throw new Error('usage: node oauth-flow.mjs <service-url> <outbox-dir>')

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`)
}

const suffix = Math.random().toString(36).slice(2, 8)
const handle = `oauth${suffix}.test`
const password = 'correct-horse-battery'
const summary = {}

const created = await new AtpAgent({ service }).createAccount({
  handle,
  email: `${handle}@example.com`,
  password,
})
const did = created.data.did
summary.did = did

// The newest mail's code (`XXXXX-XXXXX`); there must be more than `seen` mails.
function mailCount() {
  return existsSync(outbox) ? readdirSync(outbox).filter((n) => n.endsWith('.eml')).length : 0
}
function newestCode(seen) {
  const all = readdirSync(outbox).filter((n) => n.endsWith('.eml')).sort()
  check(all.length > seen, 'a new mail was sent')
  const found = readFileSync(join(outbox, all.at(-1)), 'utf8').match(/\b[A-Z2-7]{5}-[A-Z2-7]{5}\b/)
  check(found, 'the mail has a code')
  return found[0]
}
// Confirm the address, then turn the email second factor on.
const owner = new AtpAgent({ service })
await owner.login({ identifier: handle, password })
let seenMails = mailCount()
await owner.com.atproto.server.requestEmailConfirmation()
await owner.com.atproto.server.confirmEmail({ email: `${handle}@example.com`, token: newestCode(seenMails) })
await owner.com.atproto.server.updateEmail({ email: `${handle}@example.com`, emailAuthFactor: true })

// A scope the server does not know is dropped, not fatal.
const scope = 'atproto transition:generic unknown:scope'
const redirectUri = 'http://127.0.0.1/callback'
const clientId = `http://localhost?redirect_uri=${encodeURIComponent(redirectUri)}&scope=${encodeURIComponent(scope)}`

function memoryStore() {
  const map = new Map()
  return {
    map,
    async get(key) {
      return map.get(key)
    },
    async set(key, value) {
      map.set(key, value)
    },
    async del(key) {
      map.delete(key)
    },
  }
}
const stateStore = memoryStore()
const sessionStore = memoryStore()
const locks = new Map()
const client = new NodeOAuthClient({
  clientMetadata: {
    client_id: clientId,
    redirect_uris: [redirectUri],
    scope,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
    application_type: 'native',
    dpop_bound_access_tokens: true,
  },
  stateStore,
  sessionStore,
  handleResolver: service,
  plcDirectoryUrl: service,
  allowHttp: true,
  requestLock: async (name, fn) => {
    while (locks.has(name)) await locks.get(name)
    const run = fn()
    locks.set(name, run.catch(() => {}))
    try {
      return await run
    } finally {
      locks.delete(name)
    }
  },
})

// The browser: a cookie jar and requests that do not follow redirects, made with node:http because
// fetch() always says `Sec-Fetch-Mode: cors`, while a browser navigating says `navigate`.
const jar = new Map()
function browse(url, { method = 'GET', form, site = 'same-origin' } = {}) {
  const headers = {
    'sec-fetch-mode': 'navigate',
    'sec-fetch-dest': 'document',
    'sec-fetch-site': site,
  }
  if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  let body
  if (form) {
    body = new URLSearchParams(form).toString()
    headers['content-type'] = 'application/x-www-form-urlencoded'
    headers['content-length'] = Buffer.byteLength(body)
    headers.origin = new URL(service).origin
  }
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(url), { method, headers }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        for (const cookie of response.headers['set-cookie'] ?? []) {
          const [pair] = cookie.split(';')
          const at = pair.indexOf('=')
          jar.set(pair.slice(0, at), pair.slice(at + 1))
        }
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({
          status: response.statusCode,
          headers: { get: (name) => response.headers[name.toLowerCase()] ?? null },
          text: async () => text,
        })
      })
    })
    request.on('error', reject)
    request.end(body)
  })
}
function field(html, name) {
  const found = html.match(new RegExp(`name="${name}" value="([^"]*)"`))
  check(found, `the page has a ${name} field`)
  return found[1].replaceAll('&amp;', '&').replaceAll('&quot;', '"')
}

const authorizeUrl = await client.authorize(handle, { scope })
check(authorizeUrl.pathname === '/oauth/authorize', 'authorize() points at our authorization page')
const requestUri = authorizeUrl.searchParams.get('request_uri')
check(requestUri?.startsWith('urn:ietf:params:oauth:request_uri:'), 'PAR returned a request_uri')

// A link-preview bot fetching the page first uses nothing up.
const preview = await fetch(authorizeUrl)
check(preview.status === 200 || preview.status === 400, 'a preview fetch gets a page')
let page = await browse(authorizeUrl, { site: 'cross-site' })
check(page.status === 200, `the sign-in page loads (${page.status})`)
check(page.headers.get('content-security-policy')?.includes("form-action 'self' http://127.0.0.1"), 'the CSP allows the redirect')
let html = await page.text()
check(html.includes(`value="${handle}"`), 'the login hint fills the handle')
const csrf = field(html, 'csrf_token')

// A wrong password shows the page again.
page = await browse(new URL('/oauth/authorize/sign-in', service), {
  method: 'POST',
  form: { request_uri: requestUri, csrf_token: csrf, identifier: handle, password: 'wrong' },
})
check(page.status === 401, `a wrong password is refused (${page.status})`)
// A form without the CSRF token is refused.
page = await browse(new URL('/oauth/authorize/sign-in', service), {
  method: 'POST',
  form: { request_uri: requestUri, identifier: handle, password },
})
check(page.status === 403, `a form without the CSRF token is refused (${page.status})`)

seenMails = mailCount()
page = await browse(new URL('/oauth/authorize/sign-in', service), {
  method: 'POST',
  form: { request_uri: requestUri, csrf_token: csrf, identifier: handle, password },
})
check(page.status === 200, `the password leads to the code step (${page.status})`)
html = await page.text()
check(html.includes('Enter your sign-in code') && html.includes('name="code"'), 'the page asks for the mailed code')
check(!html.includes('Allow access?'), 'no consent before the code')
const code = newestCode(seenMails)
const step = {
  request_uri: requestUri,
  csrf_token: field(html, 'csrf_token'),
  account: field(html, 'account'),
  issued: field(html, 'issued'),
  proof: field(html, 'proof'),
}
// A forged proof (another account, or no password step) is refused outright.
page = await browse(new URL('/oauth/authorize/sign-in/code', service), {
  method: 'POST',
  form: { ...step, proof: 'forged', code },
})
check(page.status === 400, `a forged step is refused (${page.status})`)
// A wrong code shows the step again with the error.
page = await browse(new URL('/oauth/authorize/sign-in/code', service), {
  method: 'POST',
  form: { ...step, code: 'AAAAA-AAAAA' },
})
check(page.status === 401, `a wrong code is refused (${page.status})`)
html = await page.text()
check(html.includes('role="alert"') && html.includes('name="code"'), 'the code step again, with the error')
summary.wrongCode = page.status
page = await browse(new URL('/oauth/authorize/sign-in/code', service), {
  method: 'POST',
  form: { ...step, csrf_token: field(html, 'csrf_token'), code: code.toLowerCase() },
})
check(page.status === 200, `the mailed code shows the consent page (${page.status})`)
html = await page.text()
summary.codeStep = true
check(html.includes('Allow access?') && html.includes('Read and write your data'), 'consent lists the permissions')
check(!html.includes('unknown:scope'), 'the unknown scope is not offered')

page = await browse(new URL('/oauth/authorize/consent', service), {
  method: 'POST',
  form: { request_uri: requestUri, csrf_token: field(html, 'csrf_token'), decision: 'allow' },
})
check(page.status === 303, `consent redirects to the client (${page.status})`)
const callbackUrl = new URL(page.headers.get('location'))
check(callbackUrl.origin + callbackUrl.pathname === 'http://127.0.0.1/callback', 'to its redirect URI')
check(callbackUrl.searchParams.get('iss') === new URL(service).origin, 'with iss')

const { session } = await client.callback(callbackUrl.searchParams)
check(session.did === did, 'the session is the account')
const info = await session.getTokenInfo(false)
summary.scope = info.scope
check(info.scope === 'atproto transition:generic', `the granted scope drops the unknown one (${info.scope})`)

const agent = new Agent(session)
const me = await agent.com.atproto.server.getSession()
check(me.data.did === did && me.data.handle === handle, 'getSession over OAuth')
check(me.data.email === undefined, 'no email without transition:email')
const record = await agent.com.atproto.repo.createRecord({
  repo: did,
  collection: 'app.bsky.feed.post',
  record: { $type: 'app.bsky.feed.post', text: 'posted over OAuth', createdAt: new Date().toISOString() },
})
check(record.data.uri.startsWith(`at://${did}/app.bsky.feed.post/`), 'createRecord over OAuth')
summary.record = record.data.uri

// Refresh (forced): new tokens, the old refresh token is spent.
const before = structuredClone(sessionStore.map.get(did).tokenSet)
const refreshed = await session.getTokenInfo(true)
const after = sessionStore.map.get(did).tokenSet
check(after.refresh_token !== before.refresh_token, 'the refresh token rotated')
check(after.access_token !== before.access_token, 'the access token rotated')
check(refreshed.sub === did, 'refresh keeps the account')
const again = await agent.com.atproto.server.getSession()
check(again.data.did === did, 'the refreshed session works')
summary.refreshed = true

// Sign out, then the stored tokens of that session fail at the server: restore them and try.
const saved = structuredClone(sessionStore.map.get(did))
await session.signOut()
sessionStore.map.set(did, saved)
let failed = false
try {
  const restored = await client.restore(did, false)
  await new Agent(restored).com.atproto.server.getSession()
} catch (error) {
  failed = true
  summary.afterSignOut = String(error?.message ?? error).slice(0, 200)
}
check(failed, 'the revoked access token no longer works')
sessionStore.map.set(did, saved)
failed = false
try {
  await client.restore(did, true)
} catch (error) {
  failed = true
  summary.refreshAfterSignOut = String(error?.message ?? error).slice(0, 200)
}
check(failed, 'the revoked refresh token no longer works')
summary.ok = true
console.log(JSON.stringify(summary))
