// The OAuth pages in a real browser: headless Chromium driven by puppeteer-core, in front of it a hop that
// strips every Sec-Fetch-* header (as a CDN such as Cloudflare may), then web-proxy, then `pds serve`.
// @atproto/oauth-client-node (the development loopback client, PAR + PKCE + DPoP) starts each flow; the
// browser opens the authorization URL and goes through the pages by typing and clicking; the client gets
// the code at its loopback redirect, exchanges it and writes a record. Flows: sign in with a password;
// sign up (prompt=create, the handle checked as it is typed); forgot password (code from the mail outbox),
// then sign in with the new one; an account with the email second factor (the password, then the mailed
// code, a wrong one first). Screenshots of the sign-in, sign-up, sign-in code and consent pages go to
// <shots-dir>.
// Usage: node oauth-browser.mjs <public-url> <hop-port> <web-proxy-url> <plc-url> <outbox-dir> <shots-dir>
//   <chromium>. <public-url> is http://localhost:<hop-port>, the PDS's PDS_PUBLIC_URL. Prints one JSON
//   summary line; exits non-zero on failure.
import { Agent, AtpAgent } from '@atproto/api'
import { NodeOAuthClient } from '@atproto/oauth-client-node'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import puppeteer from 'puppeteer-core'

const [service, hopPort, webProxy, plcUrl, outbox, shots, chromium] = process.argv.slice(2)
if (!chromium) {
  throw new Error('usage: node oauth-browser.mjs <public-url> <hop-port> <web-proxy-url> <plc-url> <outbox-dir> <shots-dir> <chromium>')
}

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`)
}

const summary = { stripped: 0, requests: 0 }

// The hop: every request goes on to web-proxy without its Sec-Fetch-* headers; responses come back as
// they are (status, Location, every Set-Cookie).
const upstream = new URL(webProxy)
const hop = http.createServer((request, response) => {
  summary.requests += 1
  const headers = { ...request.headers }
  for (const name of Object.keys(headers)) {
    if (name.startsWith('sec-fetch-')) {
      delete headers[name]
      summary.stripped += 1
    }
  }
  const forward = http.request(
    { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers },
    (answer) => {
      response.writeHead(answer.statusCode, answer.headers)
      answer.pipe(response)
    },
  )
  forward.on('error', () => {
    response.writeHead(502)
    response.end()
  })
  request.pipe(forward)
})
await new Promise((resolve) => hop.listen(Number(hopPort), '127.0.0.1', resolve))

// The client's loopback redirect: remembers what each flow got back.
const callbacks = []
const redirect = http.createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1')
  if (url.pathname === '/callback') callbacks.push(url.searchParams)
  response.writeHead(200, { 'content-type': 'text/html' })
  response.end('<!doctype html><title>Back in the app</title><p>Back in the app.</p>')
})
await new Promise((resolve) => redirect.listen(0, '127.0.0.1', resolve))
const redirectUri = `http://127.0.0.1:${redirect.address().port}/callback`
const scope = 'atproto transition:generic'
const clientId = `http://localhost?redirect_uri=${encodeURIComponent(redirectUri)}&scope=${encodeURIComponent(scope)}`

function memoryStore() {
  const map = new Map()
  return {
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
  stateStore: memoryStore(),
  sessionStore: memoryStore(),
  handleResolver: service,
  plcDirectoryUrl: plcUrl,
  allowHttp: true,
})

const suffix = Math.random().toString(36).slice(2, 8)
const password = 'correct-horse-battery'
const existing = `brw${suffix}.test`
await new AtpAgent({ service }).createAccount({ handle: existing, email: `${existing}@example.com`, password })

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'oauth-browser-'))
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ],
})

async function shot(page, name) {
  await page.setViewport({ width: 480, height: 640 })
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
}

/// Submits the form of `selector`'s button and waits for the next page.
async function click(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)])
}

/// Allows on the consent page, then the client finishes: the session, checked by a write.
async function allowAndWrite(page, expectedDid, text) {
  check((await page.title()) === 'Allow access', `the consent page (${await page.title()})`)
  const before = callbacks.length
  await click(page, 'form input[value="allow"] + button')
  check(callbacks.length === before + 1, `the browser landed on the loopback redirect (${page.url()})`)
  const params = callbacks[callbacks.length - 1]
  check(params.get('iss') === service, `the redirect carries iss (${params.get('iss')})`)
  const { session } = await client.callback(params)
  if (expectedDid) check(session.did === expectedDid, 'the session is the account')
  const agent = new Agent(session)
  const record = await agent.com.atproto.repo.createRecord({
    repo: session.did,
    collection: 'app.bsky.feed.post',
    record: { $type: 'app.bsky.feed.post', text, createdAt: new Date().toISOString() },
  })
  check(record.data.uri.startsWith(`at://${session.did}/app.bsky.feed.post/`), 'createRecord with the token')
  return { agent, did: session.did, uri: record.data.uri }
}

// The code (`XXXXX-XXXXX`) of the newest mail in the outbox.
function newestCode() {
  const names = fs.readdirSync(outbox).sort()
  const text = fs.readFileSync(path.join(outbox, names[names.length - 1]), 'utf8')
  const found = text.match(/\b[A-Z2-7]{5}-[A-Z2-7]{5}\b/)
  check(found, 'the mail has a code')
  return found[0]
}

try {
  // 1. Sign in with the password.
  const page = await browser.newPage()
  const existingDid = (await new AtpAgent({ service }).resolveHandle({ handle: existing })).data.did
  let url = await client.authorize(existing, { scope })
  check(url.origin === service, `the authorization page is on the public URL (${url})`)
  await page.goto(url.toString(), { waitUntil: 'load' })
  check((await page.title()) === 'Sign in', `the sign-in page (${await page.title()})`)
  check((await page.$eval('#identifier', (e) => e.value)) === existing, 'the login hint fills the handle')
  await shot(page, 'sign-in')
  await page.type('#password', password)
  await click(page, 'form[action="/oauth/authorize/sign-in"] button[type="submit"]')
  await shot(page, 'consent')
  summary.signIn = (await allowAndWrite(page, existingDid, 'signed in in a browser')).uri

  // 2. Sign up (prompt=create), the handle checked as it is typed.
  const fresh = await browser.createBrowserContext()
  const signUp = await fresh.newPage()
  url = await client.authorize(service, { scope, prompt: 'create' })
  await signUp.goto(url.toString(), { waitUntil: 'load' })
  check((await signUp.title()) === 'Create an account', `the sign-up page (${await signUp.title()})`)
  await signUp.type('#handle', existing.replace(/\.test$/, ''))
  await signUp.waitForFunction(() => document.getElementById('handle-status').textContent.includes('taken'), {
    timeout: 10000,
  })
  const name = `new${suffix}`
  await signUp.$eval('#handle', (e) => {
    e.value = ''
  })
  await signUp.type('#handle', name)
  await signUp.waitForFunction(() => document.getElementById('handle-status').textContent.includes('available'), {
    timeout: 10000,
  })
  summary.handleStatus = await signUp.$eval('#handle-status', (e) => e.textContent)
  await signUp.type('#email', `${name}@example.com`)
  await signUp.type('#password', password)
  await shot(signUp, 'sign-up')
  await click(signUp, 'form[action="/oauth/authorize/sign-up"] button[type="submit"]')
  const created = await allowAndWrite(signUp, undefined, 'signed up in a browser')
  const me = await created.agent.com.atproto.server.getSession()
  check(me.data.handle === `${name}.test`, `the new account has the typed handle (${me.data.handle})`)
  summary.signUp = created.did
  await fresh.close()

  // 3. Forgot the password: a code by mail, a new password, then sign in with it.
  const other = await browser.createBrowserContext()
  const reset = await other.newPage()
  url = await client.authorize(existing, { scope })
  await reset.goto(url.toString(), { waitUntil: 'load' })
  await click(reset, 'a[href^="/oauth/authorize/reset?"]')
  check((await reset.title()) === 'Reset your password', `the reset page (${await reset.title()})`)
  await reset.type('#email', `${existing}@example.com`)
  await click(reset, 'form[action="/oauth/authorize/reset/request"] button')
  const mails = fs.readdirSync(outbox).sort()
  const mail = fs.readFileSync(path.join(outbox, mails[mails.length - 1]), 'utf8')
  const token = mail.split(/\s+/).find((w) => w.length === 11 && w[5] === '-')
  check(token, 'the reset code was mailed')
  const newPassword = 'a-new-battery-staple'
  await reset.type('#token', token)
  await reset.type('#password', newPassword)
  await click(reset, 'form[action="/oauth/authorize/reset"] button')
  check((await reset.title()) === 'Sign in', `back to sign-in (${await reset.title()})`)
  check((await reset.$eval('.notice', (e) => e.textContent)).includes('password was changed'), 'the notice')
  check((await reset.$eval('#identifier', (e) => e.value)) === existing, 'the login hint is kept')
  await reset.type('#password', newPassword)
  await click(reset, 'form[action="/oauth/authorize/sign-in"] button[type="submit"]')
  summary.reset = (await allowAndWrite(reset, existingDid, 'after a password reset')).uri
  await other.close()

  // 4. An account with the email second factor: the password, then the mailed code (a wrong one first).
  const guarded = `tfa${suffix}.test`
  const owner = new AtpAgent({ service })
  await owner.createAccount({ handle: guarded, email: `${guarded}@example.com`, password })
  await owner.com.atproto.server.requestEmailConfirmation()
  await owner.com.atproto.server.confirmEmail({ email: `${guarded}@example.com`, token: newestCode() })
  await owner.com.atproto.server.updateEmail({ email: `${guarded}@example.com`, emailAuthFactor: true })
  const third = await browser.createBrowserContext()
  const twoStep = await third.newPage()
  url = await client.authorize(guarded, { scope })
  await twoStep.goto(url.toString(), { waitUntil: 'load' })
  await twoStep.type('#password', password)
  await click(twoStep, 'form[action="/oauth/authorize/sign-in"] button[type="submit"]')
  check((await twoStep.title()) === 'Enter your sign-in code', `the code step (${await twoStep.title()})`)
  const code = newestCode()
  await shot(twoStep, 'sign-in-code')
  await twoStep.type('#code', 'AAAAA-AAAAA')
  await click(twoStep, 'form[action="/oauth/authorize/sign-in/code"] button[type="submit"]')
  check((await twoStep.title()) === 'Enter your sign-in code', `the code step again (${await twoStep.title()})`)
  check((await twoStep.$eval('[role="alert"]', (e) => e.textContent)).includes('not right'), 'with the error')
  await twoStep.type('#code', code)
  await click(twoStep, 'form[action="/oauth/authorize/sign-in/code"] button[type="submit"]')
  summary.secondFactor = (await allowAndWrite(twoStep, owner.session.did, 'signed in with a mailed code')).uri
  await third.close()
  summary.ok = true
} finally {
  await browser.close()
  hop.close()
  redirect.close()
  fs.rmSync(profile, { recursive: true, force: true })
}
check(summary.stripped > 0, 'the hop stripped Sec-Fetch-* headers')
console.log(JSON.stringify(summary))
