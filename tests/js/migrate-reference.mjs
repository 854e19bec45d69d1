// The client side of the reference-PDS migration test (pds/tests/migrate_reference.rs), with the pinned
// official client (@atproto/api) and default agents (each follows the DID document its sessions carry):
//   node migrate-reference.mjs populate <service> <handle> <password>
//        creates an account (posts, one with an image, and preferences); prints its DID, records and blob
//   node migrate-reference.mjs prepare <old> <new> <handle> <old password> <new password>
//        the account-migration guide up to the e-mailed token: service auth from the old PDS, createAccount
//        at the new one with the DID, importRepo, every blob, preferences, requestPlcOperationSignature
//   node migrate-reference.mjs finish <old> <new> <handle> <old password> <new password> <token>
//        the rest of the guide: getRecommendedDidCredentials at the new PDS, signPlcOperation at the old,
//        submitPlcOperation and activateAccount at the new, deactivateAccount at the old
//   node migrate-reference.mjs check <service> <handle> <password>
//        logs in and lists what the account holds there (records, blobs, preferences, status)
// Each prints one JSON line on stdout; exits non-zero on the first failure.
import { AtpAgent } from '@atproto/api'

const [command, ...args] = process.argv.slice(2)

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
  { $type: 'app.bsky.actor.defs#adultContentPref', enabled: true },
  { $type: 'app.bsky.actor.defs#savedFeedsPrefV2', items: [] },
]

async function login(service, identifier, password) {
  const agent = new AtpAgent({ service })
  await agent.login({ identifier, password })
  return agent
}

async function populate(service, handle, password) {
  const agent = new AtpAgent({ service })
  await agent.createAccount({ handle, email: `${handle}@example.com`, password })
  await agent.post({ text: 'first post', createdAt: new Date().toISOString() })
  await agent.post({ text: 'second post', createdAt: new Date().toISOString() })
  const upload = await agent.uploadBlob(PNG, { encoding: 'image/png' })
  await agent.post({
    text: 'with an image',
    createdAt: new Date().toISOString(),
    embed: { $type: 'app.bsky.embed.images', images: [{ image: upload.data.blob, alt: 'a pixel' }] },
  })
  await agent.app.bsky.actor.putPreferences({ preferences: PREFERENCES })
  return { did: agent.session.did, blob: upload.data.blob.ref.toString(), preferences: PREFERENCES }
}

async function prepare(oldService, newService, handle, oldPassword, newPassword) {
  const oldAgent = await login(oldService, handle, oldPassword)
  const did = oldAgent.session.did
  const newAgent = new AtpAgent({ service: newService })
  const described = await newAgent.com.atproto.server.describeServer()
  const serviceJwt = await oldAgent.com.atproto.server.getServiceAuth({
    aud: described.data.did,
    lxm: 'com.atproto.server.createAccount',
  })
  await newAgent.com.atproto.server.createAccount(
    { handle, email: `${handle}@example.com`, password: newPassword, did },
    { headers: { authorization: `Bearer ${serviceJwt.data.token}` }, encoding: 'application/json' },
  )
  await newAgent.login({ identifier: did, password: newPassword })

  const repo = await oldAgent.com.atproto.sync.getRepo({ did })
  await newAgent.com.atproto.repo.importRepo(repo.data, { encoding: 'application/vnd.ipld.car' })
  let blobs = 0
  let cursor
  do {
    const listed = await oldAgent.com.atproto.sync.listBlobs({ did, cursor, limit: 100 })
    for (const cid of listed.data.cids) {
      const blob = await oldAgent.com.atproto.sync.getBlob({ did, cid })
      await newAgent.com.atproto.repo.uploadBlob(blob.data, { encoding: blob.headers['content-type'] })
      blobs += 1
    }
    cursor = listed.data.cursor
  } while (cursor)
  const preferences = await oldAgent.app.bsky.actor.getPreferences()
  await newAgent.app.bsky.actor.putPreferences(preferences.data)
  await oldAgent.com.atproto.identity.requestPlcOperationSignature()
  const status = await newAgent.com.atproto.server.checkAccountStatus()
  check(!status.data.activated, 'the new account is not active yet')
  check(status.data.expectedBlobs === status.data.importedBlobs, `every blob imported: ${JSON.stringify(status.data)}`)
  return { did, blobs, status: status.data }
}

async function finish(oldService, newService, handle, oldPassword, newPassword, token) {
  const oldAgent = await login(oldService, handle, oldPassword)
  const did = oldAgent.session.did
  const newAgent = await login(newService, did, newPassword)
  const credentials = await newAgent.com.atproto.identity.getRecommendedDidCredentials()
  const signed = await oldAgent.com.atproto.identity.signPlcOperation({ token, ...credentials.data })
  await newAgent.com.atproto.identity.submitPlcOperation({ operation: signed.data.operation })
  await newAgent.com.atproto.server.activateAccount()
  await oldAgent.com.atproto.server.deactivateAccount({})
  return { did }
}

async function inspect(service, handle, password) {
  const agent = await login(service, handle, password)
  const did = agent.session.did
  const records = await agent.com.atproto.repo.listRecords({ repo: did, collection: 'app.bsky.feed.post', limit: 100 })
  const blobs = await agent.com.atproto.sync.listBlobs({ did })
  const preferences = await agent.app.bsky.actor.getPreferences()
  const status = await agent.com.atproto.server.checkAccountStatus()
  return {
    did,
    // Where the agent sends its calls after login: the PDS its DID document names.
    pds: agent.pdsUrl?.toString() ?? null,
    records: records.data.records.map((r) => r.value.text).sort(),
    blobs: blobs.data.cids,
    preferences: preferences.data.preferences,
    activated: status.data.activated,
  }
}

const commands = { populate, prepare, finish, check: inspect }
check(command in commands, `usage: node migrate-reference.mjs populate|prepare|finish|check ...`)
const result = await commands[command](...args)
console.log(JSON.stringify({ ok: true, ...result }))
