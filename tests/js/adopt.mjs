// The reference PDS's side of the `pds adopt` test (pds/tests/adopt.rs), with the official client
// (@atproto/api) and @atproto/repo:
//   node adopt.mjs populate <service> <plc> <state.json>   against the reference PDS: an invite code (admin),
//        two accounts, posts (one with an image), an app password, preferences, and a third account it
//        deactivates; writes what it made, and the
//        accounts' DID documents as the PLC directory serves them, to state.json
//   node adopt.mjs check <service> <plc> <state.json>      against the server that adopted its data directory:
//        the sessions the reference issued, the same logins (passwords and the app password), the same records,
//        preferences and image, the unchanged DID documents, every repository (getRepo) verified by
//        @atproto/repo with the key they name, a new post, and the third account still deactivated
// Each prints one JSON line on stdout; exits non-zero on the first failure.
import { readFile, writeFile } from 'node:fs/promises'
import { AtpAgent } from '@atproto/api'
import { verifyRepoCar } from '@atproto/repo'

const [command, service, plc, stateFile] = process.argv.slice(2)
if (!stateFile) throw new Error('usage: node adopt.mjs populate|check <service> <plc> <state.json>')

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`)
}

// A 1x1 transparent PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
)

const PREFERENCES = [
  { $type: 'app.bsky.actor.defs#adultContentPref', enabled: false },
  { $type: 'app.bsky.actor.defs#savedFeedsPrefV2', items: [] },
]

async function didDocument(did) {
  const response = await fetch(`${plc}/${did}`)
  check(response.ok, `the PLC directory serves ${did} (${response.status})`)
  return await response.json()
}

async function records(agent, did) {
  const listed = await agent.com.atproto.repo.listRecords({ repo: did, collection: 'app.bsky.feed.post', limit: 100 })
  return listed.data.records.map((r) => ({ uri: r.uri, cid: r.cid, text: r.value.text })).sort((a, b) => a.uri.localeCompare(b.uri))
}

async function populate() {
  const admin = new AtpAgent({ service })
  const invite = await admin.com.atproto.server.createInviteCode(
    { useCount: 3 },
    { headers: { authorization: `Basic ${Buffer.from('admin:admin-password').toString('base64')}` }, encoding: 'application/json' },
  )
  const inviteCode = invite.data.code
  const accounts = []
  for (const name of ['alice', 'bob']) {
    const handle = `${name}.test`
    const password = `${name}-correct-horse`
    const agent = new AtpAgent({ service })
    await agent.createAccount({ handle, email: `${name}@example.com`, password, inviteCode })
    await agent.post({ text: `first post by ${name}`, createdAt: new Date().toISOString() })
    await agent.post({ text: `second post by ${name}`, createdAt: new Date().toISOString() })
    const account = { did: agent.session.did, handle, password }
    if (name === 'alice') {
      const upload = await agent.uploadBlob(PNG, { encoding: 'image/png' })
      await agent.post({
        text: 'with an image',
        createdAt: new Date().toISOString(),
        embed: { $type: 'app.bsky.embed.images', images: [{ image: upload.data.blob, alt: 'a pixel' }] },
      })
      account.blob = upload.data.blob.ref.toString()
      const appPassword = await agent.com.atproto.server.createAppPassword({ name: 'phone' })
      account.appPassword = appPassword.data.password
      await agent.app.bsky.actor.putPreferences({ preferences: PREFERENCES })
    }
    if (name === 'bob') {
      // A session the reference issued, which the adopted server must keep honouring.
      account.session = { accessJwt: agent.session.accessJwt, refreshJwt: agent.session.refreshJwt }
    }
    account.records = await records(agent, account.did)
    account.didDocument = await didDocument(account.did)
    accounts.push(account)
  }
  // A third account, deactivated at the reference: adopted as deactivated.
  const carol = new AtpAgent({ service })
  await carol.createAccount({ handle: 'carol.test', email: 'carol@example.com', password: 'carol-correct-horse', inviteCode })
  await carol.post({ text: 'before deactivating', createdAt: new Date().toISOString() })
  await carol.com.atproto.server.deactivateAccount({})
  const deactivated = { did: carol.session.did, handle: 'carol.test', password: 'carol-correct-horse' }
  await writeFile(stateFile, JSON.stringify({ inviteCode, accounts, deactivated }))
  console.log(JSON.stringify({ ok: true, accounts: accounts.length, inviteCode }))
}

/** The `did:key` of the `#atproto` verification method of a DID document. */
function signingKey(doc) {
  const method = doc.verificationMethod.find((m) => m.id === '#atproto' || m.id === `${doc.id}#atproto`)
  check(method?.publicKeyMultibase, `${doc.id} names an #atproto key`)
  return `did:key:${method.publicKeyMultibase}`
}

async function checkAdopted() {
  const state = JSON.parse(await readFile(stateFile, 'utf8'))
  const summary = { ok: true, logins: 0, appPasswordLogins: 0, records: 0, verifiedRecords: 0 }
  for (const account of state.accounts) {
    if (account.session) {
      const xrpc = (method, token, init = {}) =>
        fetch(`${service}/xrpc/${method}`, { ...init, headers: { authorization: `Bearer ${token}` } })
      const current = await xrpc('com.atproto.server.getSession', account.session.accessJwt)
      check(current.ok, `the reference's access token still works (${current.status})`)
      check((await current.json()).did === account.did, 'the reference session is the same account')
      const refreshed = await xrpc('com.atproto.server.refreshSession', account.session.refreshJwt, { method: 'POST' })
      check(refreshed.ok, `the reference's refresh token still works (${refreshed.status})`)
      summary.sessionsKept = (summary.sessionsKept ?? 0) + 1
    }
    const agent = new AtpAgent({ service })
    await agent.login({ identifier: account.handle, password: account.password })
    check(agent.session.did === account.did, `${account.handle} logs in as ${account.did}`)
    summary.logins++
    // Twice: the second login verifies the hash the first one re-hashed.
    const again = new AtpAgent({ service })
    await again.login({ identifier: account.handle, password: account.password })
    check(JSON.stringify(await records(agent, account.did)) === JSON.stringify(account.records), `${account.handle}: the same records`)
    summary.records += account.records.length

    const doc = await didDocument(account.did)
    check(JSON.stringify(doc) === JSON.stringify(account.didDocument), `${account.did}: the DID document is unchanged`)
    const car = await agent.com.atproto.sync.getRepo({ did: account.did })
    const verified = await verifyRepoCar(new Uint8Array(car.data), account.did, signingKey(doc))
    summary.verifiedRecords += verified.creates.length

    if (account.appPassword) {
      const app = new AtpAgent({ service })
      await app.login({ identifier: account.handle, password: account.appPassword })
      check(app.session.did === account.did, 'the app password logs in')
      const appAgain = new AtpAgent({ service })
      await appAgain.login({ identifier: account.did, password: account.appPassword })
      summary.appPasswordLogins++
      const prefs = await agent.app.bsky.actor.getPreferences()
      check(JSON.stringify(prefs.data.preferences) === JSON.stringify(PREFERENCES), 'the same preferences')
      const blob = await agent.com.atproto.sync.getBlob({ did: account.did, cid: account.blob })
      check(Buffer.from(blob.data).equals(Buffer.from(PNG)), 'the same image')
      const post = await app.post({ text: 'posted after the adoption', createdAt: new Date().toISOString() })
      check(post.uri.startsWith(`at://${account.did}/app.bsky.feed.post/`), 'a new post')
      const after = await records(agent, account.did)
      check(after.length === account.records.length + 1, 'the new post is listed')
      const car = await agent.com.atproto.sync.getRepo({ did: account.did })
      await verifyRepoCar(new Uint8Array(car.data), account.did, signingKey(doc))
      summary.newPost = post.uri
    }
  }
  const carol = new AtpAgent({ service })
  await carol.login({ identifier: state.deactivated.handle, password: state.deactivated.password })
  check(carol.session.did === state.deactivated.did, 'the deactivated account logs in')
  check(carol.session.active === false && carol.session.status === 'deactivated', 'and is still deactivated')
  summary.deactivated = carol.session.status
  console.log(JSON.stringify(summary))
}

if (command === 'populate') await populate()
else if (command === 'check') await checkAdopted()
else throw new Error(`unknown command ${command}`)
