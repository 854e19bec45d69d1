// The blob lifecycle with the official client, @atproto/api (AtpAgent), in three phases run against the same
// server across restarts: `post` (create an account, upload an image, post it, read it back with getBlob
// and listBlobs), `delete` (log in again, the image is still served, delete the post), `gone` (the image is
// no longer served or listed). Usage: node blob-lifecycle.mjs <service-url> <phase> [handle]. Prints one
// JSON summary line; exits non-zero on the first failure.
import { AtpAgent } from '@atproto/api'

const [service, phase, givenHandle] = process.argv.slice(2)
if (!service || !phase) throw new Error('usage: node blob-lifecycle.mjs <service-url> <phase> [handle]')

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`)
}

// A PNG signature and 600 kB of a pattern: under the image embed's 1 MB, over any single read buffer.
const IMAGE = new Uint8Array(600_000)
IMAGE.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
for (let i = 8; i < IMAGE.length; i++) IMAGE[i] = (i * 31 + 7) & 0xff

const password = 'correct-horse-battery'
const agent = new AtpAgent({ service })
const summary = { phase }

async function listed(did) {
  const blobs = await agent.com.atproto.sync.listBlobs({ did })
  return blobs.data.cids
}

if (phase === 'post') {
  const handle = `blobs${Math.random().toString(36).slice(2, 8)}.test`
  await agent.createAccount({ handle, email: `${handle}@example.com`, password })
  const did = agent.session.did
  const upload = await agent.uploadBlob(IMAGE, { encoding: 'image/png' })
  check(upload.data.blob.mimeType === 'image/png', 'the MIME type is sniffed as PNG')
  check(upload.data.blob.size === IMAGE.length, 'the size is the upload’s')
  const post = await agent.post({
    text: 'a pattern',
    createdAt: new Date().toISOString(),
    embed: { $type: 'app.bsky.embed.images', images: [{ image: upload.data.blob, alt: 'a pattern' }] },
  })
  const cid = upload.data.blob.ref.toString()
  const blob = await agent.com.atproto.sync.getBlob({ did, cid })
  check(Buffer.from(blob.data).equals(Buffer.from(IMAGE)), 'getBlob returns the uploaded bytes')
  check((await listed(did)).includes(cid), 'listBlobs lists the referenced blob')
  Object.assign(summary, { handle, did, cid, uri: post.uri })
} else if (phase === 'delete') {
  await agent.login({ identifier: givenHandle, password })
  const did = agent.session.did
  const cids = await listed(did)
  check(cids.length === 1, 'one blob is listed after the restart')
  const blob = await agent.com.atproto.sync.getBlob({ did, cid: cids[0] })
  check(Buffer.from(blob.data).equals(Buffer.from(IMAGE)), 'the image survives the restart')
  const posts = await agent.com.atproto.repo.listRecords({ repo: did, collection: 'app.bsky.feed.post' })
  check(posts.data.records.length === 1, 'the post survives the restart')
  await agent.deletePost(posts.data.records[0].uri)
  check((await listed(did)).length === 0, 'an unreferenced blob is no longer listed')
  Object.assign(summary, { did, cid: cids[0] })
} else if (phase === 'gone') {
  await agent.login({ identifier: givenHandle, password })
  const did = agent.session.did
  const cid = process.argv[5]
  let error
  try {
    await agent.com.atproto.sync.getBlob({ did, cid })
  } catch (e) {
    error = e.error
  }
  check(error === 'BlobNotFound', `getBlob of a collected blob is BlobNotFound (got ${error})`)
  Object.assign(summary, { did, error })
} else {
  throw new Error(`unknown phase ${phase}`)
}
summary.ok = true
console.log(JSON.stringify(summary))
