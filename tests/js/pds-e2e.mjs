// End-to-end check of a running Atmos PDS with the official client, @atproto/api (AtpAgent):
// create an account, log in, set a profile, post, upload an image and post it, like, follow, write a
// cv.atmos portfolio entry, read back with getRecord/listRecords, delete, log in with an app password,
// refresh the session. Usage: node pds-e2e.mjs <service-url>. Prints one JSON summary line; exits non-zero
// on the first failure.
import { AtpAgent } from '@atproto/api'
import { verifyRepoCar } from '@atproto/repo'

const service = process.argv[2]
if (!service) throw new Error('usage: node pds-e2e.mjs <service-url>')

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

const suffix = Math.random().toString(36).slice(2, 8)
const handle = `e2e${suffix}.test`
const password = 'correct-horse-battery'
const summary = {}

const agent = new AtpAgent({ service })
const created = await agent.createAccount({ handle, email: `${handle}@example.com`, password })
check(created.data.did.startsWith('did:plc:'), 'createAccount returns a did:plc')
summary.did = created.data.did

const login = new AtpAgent({ service })
await login.login({ identifier: handle, password })
check(login.session?.did === created.data.did, 'login yields the same DID')
const did = login.session.did

await login.upsertProfile((existing) => ({ ...(existing ?? {}), displayName: 'End To End' }))
const profile = await login.com.atproto.repo.getRecord({ repo: did, collection: 'app.bsky.actor.profile', rkey: 'self' })
check(profile.data.value.displayName === 'End To End', 'profile round-trips')

const post = await login.post({ text: 'hello from @atproto/api', createdAt: new Date().toISOString() })
check(post.uri.startsWith(`at://${did}/app.bsky.feed.post/`), 'post URI')
const rkey = post.uri.split('/').pop()
const got = await login.com.atproto.repo.getRecord({ repo: did, collection: 'app.bsky.feed.post', rkey })
check(got.data.value.text === 'hello from @atproto/api', 'getRecord returns the post')
check(got.data.cid === post.cid, 'getRecord CID matches')

const upload = await login.uploadBlob(PNG, { encoding: 'image/png' })
check(upload.data.blob.mimeType === 'image/png', 'uploaded blob MIME type is sniffed as PNG')
check(upload.data.blob.size === PNG.length, 'uploaded blob size')
const imagePost = await login.post({
  text: 'with an image',
  createdAt: new Date().toISOString(),
  embed: { $type: 'app.bsky.embed.images', images: [{ image: upload.data.blob, alt: 'a pixel' }] },
})
const imageRecord = await login.com.atproto.repo.getRecord({
  repo: did,
  collection: 'app.bsky.feed.post',
  rkey: imagePost.uri.split('/').pop(),
})
check(imageRecord.data.value.embed.images[0].image.ref.toString() === upload.data.blob.ref.toString(), 'image embed kept')

const like = await login.like(post.uri, post.cid)
check(like.uri.includes('/app.bsky.feed.like/'), 'like')
const follow = await login.follow(did)
check(follow.uri.includes('/app.bsky.graph.follow/'), 'follow')

const entry = await login.com.atproto.repo.createRecord({
  repo: did,
  collection: 'cv.atmos.portfolio.entry',
  record: { $type: 'cv.atmos.portfolio.entry', title: 'A portfolio piece', createdAt: new Date().toISOString() },
})
check(entry.data.validationStatus === 'valid', 'cv.atmos entry validated against its lexicon')

const listed = await login.com.atproto.repo.listRecords({ repo: did, collection: 'app.bsky.feed.post' })
check(listed.data.records.length === 2, `listRecords sees both posts (got ${listed.data.records.length})`)

await login.deletePost(post.uri)
let deleted = false
try {
  await login.com.atproto.repo.getRecord({ repo: did, collection: 'app.bsky.feed.post', rkey })
} catch (e) {
  deleted = e.error === 'RecordNotFound'
}
check(deleted, 'deleted post is gone')
const after = await login.com.atproto.repo.listRecords({ repo: did, collection: 'app.bsky.feed.post' })
check(after.data.records.length === 1, 'one post left')

const appPassword = await login.com.atproto.server.createAppPassword({ name: 'e2e' })
const appAgent = new AtpAgent({ service })
await appAgent.login({ identifier: handle, password: appPassword.data.password })
const viaApp = await appAgent.post({ text: 'via app password', createdAt: new Date().toISOString() })
check(viaApp.uri.startsWith(`at://${did}/`), 'app-password session can post')

const refreshed = await login.com.atproto.server.refreshSession(undefined, {
  headers: { authorization: `Bearer ${login.session.refreshJwt}` },
})
check(refreshed.data.did === did && refreshed.data.accessJwt !== login.session.accessJwt, 'refreshSession')
const session = await new AtpAgent({ service }).resumeSession({ ...login.session, ...refreshed.data, active: true })
check(session.success, 'the refreshed session resumes')

// The repository over com.atproto.sync.getRepo verifies with @atproto/repo against the DID document's key,
// and the image comes back from getBlob byte for byte.
// Sessions carry no DID document unless PDS_ENABLE_DID_DOC_WITH_SESSION is set (as the reference), so the
// agent keeps talking to the server it logged in to.
check(login.session.didDoc === undefined, 'the session carries no DID document')
const didDoc = (await login.com.atproto.identity.resolveDid({ did })).data.didDoc
const method = didDoc.verificationMethod.find((vm) => vm.id.endsWith('#atproto'))
const repoCar = await login.com.atproto.sync.getRepo({ did })
const verified = await verifyRepoCar(new Uint8Array(repoCar.data), did, `did:key:${method.publicKeyMultibase}`)
check(verified.creates.length === 6, `getRepo holds 6 records (got ${verified.creates.length})`)
const blob = await login.com.atproto.sync.getBlob({ did, cid: upload.data.blob.ref.toString() })
check(Buffer.from(blob.data).equals(Buffer.from(PNG)), 'getBlob returns the uploaded bytes')
summary.repoRecords = verified.creates.length

summary.ok = true
summary.posts = after.data.records.length
console.log(JSON.stringify(summary))
