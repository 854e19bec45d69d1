// Writes on our PDS, reads on the reference AppView, for pds/tests/appview.rs:
//   node scenario.mjs <pds-url> <appview-url> <appview-did>
// With the official client (@atproto/api) on the PDS: alice sets a profile and posts twice; bob replies to
// her first post, likes it and follows her. Then, polling (bounded) until the AppView has indexed all of
// it, reads alice's profile, both author feeds and the thread of her first post three ways: on the AppView
// directly (no viewer), and as bob through the PDS, once by its default AppView proxy (no header) and once
// with `atproto-proxy: <appview-did>#bsky_appview` (the AppView verifies the PDS's service-auth JWT; bob
// is then the viewer). Then alice posts an image, deletes her second post and changes her handle, and carol
// deactivates her account; once indexed, `after` holds what the AppView shows of that, directly and through
// the PDS, and what its image server answers for the image's thumbnail (a blob it fetches from our PDS).
// Prints one JSON line: the written URIs, the views and the waits in ms.
import { AtpAgent } from '@atproto/api'

const [pdsUrl, appviewUrl, appviewDid] = process.argv.slice(2)
if (!pdsUrl || !appviewUrl || !appviewDid) {
  throw new Error('usage: node scenario.mjs <pds-url> <appview-url> <appview-did>')
}

async function account(name) {
  const agent = new AtpAgent({ service: pdsUrl })
  const handle = `${name}.test`
  await agent.createAccount({ handle, email: `${name}@example.com`, password: `${name}-password` })
  return agent
}

const alice = await account('alice')
const bob = await account('bob')
const aliceDid = alice.session.did

await alice.upsertProfile(() => ({ displayName: 'Alice', description: 'written on our PDS' }))
const first = await alice.post({ text: 'first post', createdAt: new Date().toISOString() })
const second = await alice.post({ text: 'second post', createdAt: new Date().toISOString() })
const ref = { uri: first.uri, cid: first.cid }
const reply = await bob.post({
  text: 'a reply',
  reply: { root: ref, parent: ref },
  createdAt: new Date().toISOString(),
})
const like = await bob.like(first.uri, first.cid)
const follow = await bob.follow(aliceDid)
const written = {
  alice: aliceDid,
  bob: bob.session.did,
  posts: [second.uri, first.uri],
  reply: reply.uri,
  like: like.uri,
  follow: follow.uri,
}

/** What an agent sees of the session, reduced to what the test compares. */
async function view(agent) {
  const profile = (await agent.app.bsky.actor.getProfile({ actor: aliceDid })).data
  const feed = async (actor) =>
    (await agent.app.bsky.feed.getAuthorFeed({ actor })).data.feed.map(({ post, reply }) => ({
      uri: post.uri,
      author: post.author.handle,
      text: post.record.text,
      parent: reply?.parent?.uri ?? null,
      likes: post.likeCount,
      replies: post.replyCount,
    }))
  const thread = (await agent.app.bsky.feed.getPostThread({ uri: first.uri })).data.thread
  return {
    profile: {
      did: profile.did,
      handle: profile.handle,
      displayName: profile.displayName,
      description: profile.description,
      posts: profile.postsCount,
      followers: profile.followersCount,
      follows: profile.followsCount,
      viewerFollowing: profile.viewer?.following ?? null,
    },
    aliceFeed: await feed(aliceDid),
    bobFeed: await feed(written.bob),
    thread: {
      uri: thread.post.uri,
      text: thread.post.record.text,
      likes: thread.post.likeCount,
      viewerLike: thread.post.viewer?.like ?? null,
      replies: thread.replies.map((r) => ({ uri: r.post.uri, author: r.post.author.handle, text: r.post.record.text })),
    },
  }
}

// Indexed when the counts and the thread show every write.
const direct = new AtpAgent({ service: appviewUrl })
const started = Date.now()
let seen
for (;;) {
  try {
    seen = await view(direct)
    const { profile, thread } = seen
    if (profile.posts === 2 && profile.followers === 1 && thread.likes === 1 && thread.replies.length === 1) break
  } catch (err) {
    seen = String(err)
  }
  if (Date.now() - started > 60_000) {
    throw new Error(`the AppView did not index the session within 60 s; last view: ${JSON.stringify(seen)}`)
  }
  await new Promise((resolve) => setTimeout(resolve, 250))
}
const waitedMs = Date.now() - started

const before = {
  direct: seen,
  proxied: await view(bob),
  proxiedByHeader: await view(bob.withProxy('bsky_appview', appviewDid)),
}

// Phase two.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const carol = await account('carol')
const carolDid = carol.session.did
await carol.post({ text: 'carol was here', createdAt: new Date().toISOString() })
const blob = (await alice.uploadBlob(PNG, { encoding: 'image/png' })).data.blob
const image = await alice.post({
  text: 'a picture',
  embed: { $type: 'app.bsky.embed.images', images: [{ image: blob, alt: 'a pixel' }] },
  createdAt: new Date().toISOString(),
})
await alice.deletePost(second.uri)
await alice.com.atproto.identity.updateHandle({ handle: 'alice2.test' })
await carol.com.atproto.server.deactivateAccount({})
written.image = image.uri
written.carol = carolDid

/** What an agent sees after phase two. */
async function afterView(agent) {
  const profile = (await agent.app.bsky.actor.getProfile({ actor: aliceDid })).data
  const feed = (await agent.app.bsky.feed.getAuthorFeed({ actor: aliceDid })).data.feed
  let carolProfile
  try {
    await agent.app.bsky.actor.getProfile({ actor: carolDid })
    carolProfile = 'found'
  } catch (err) {
    carolProfile = err.error ?? String(err)
  }
  return {
    handle: profile.handle,
    posts: profile.postsCount,
    feed: feed.map(({ post }) => ({
      uri: post.uri,
      text: post.record.text,
      images: (post.embed?.images ?? []).map((i) => ({ alt: i.alt, thumb: i.thumb })),
    })),
    carolProfile,
  }
}

const started2 = Date.now()
let after
for (;;) {
  try {
    after = await afterView(direct)
    if (after.handle === 'alice2.test' && after.posts === 2 && after.carolProfile !== 'found') break
  } catch (err) {
    after = String(err)
  }
  if (Date.now() - started2 > 60_000) {
    throw new Error(`the AppView did not index phase two within 60 s; last view: ${JSON.stringify(after)}`)
  }
  await new Promise((resolve) => setTimeout(resolve, 250))
}
const waitedMs2 = Date.now() - started2

function imageFormat(bytes) {
  const ascii = (from, to) => String.fromCharCode(...bytes.subarray(from, to))
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp'
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg'
  if (ascii(1, 4) === 'PNG') return 'png'
  return 'unknown'
}
const thumbUrl = after.feed[0]?.images[0]?.thumb
const thumb = thumbUrl ? await fetch(thumbUrl) : undefined
const thumbBytes = thumb ? new Uint8Array(await thumb.arrayBuffer()) : new Uint8Array()

console.log(
  JSON.stringify({
    written,
    blobCid: blob.ref.toString(),
    waitedMs: [waitedMs, waitedMs2],
    ...before,
    after: {
      direct: after,
      proxied: await afterView(bob),
      thumb: {
        status: thumb?.status ?? null,
        contentType: thumb?.headers.get('content-type') ?? null,
        // What the bytes are, by their signature.
        format: imageFormat(thumbBytes),
      },
    },
  }),
)
