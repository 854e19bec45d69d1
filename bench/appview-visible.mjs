// Write → visible on the AppView, the load generator of bench/appview.sh (BENCHMARKS.md, "Firehose"):
//   node appview-visible.mjs --target NAME,PDS_URL,APPVIEW_URL [--target ...] [--posts 50] [--poll-ms 5]
// On every target PDS it creates two accounts (a writer and someone to follow) and waits until its AppView
// has indexed a warm-up post, like and follow (untimed). Then, one write at a time, alternating between the
// targets for each round: a post, timed from sending its createRecord to the first answer of the AppView's
// `app.bsky.feed.getPosts` that contains it (same CID); a like of that post, until getPosts shows
// `likeCount` 1; a follow, until `app.bsky.graph.getRelationships` shows that follow's URI (the follow is
// then deleted and its disappearance awaited, untimed, so the next one is new). The AppView is polled
// directly, one request at a time, `--poll-ms` after the previous answer: a figure is late by at most that
// plus one request. Only node's built-in fetch is used, the same for every target.
// Prints one line per target and kind, human-readable, then `result NAME KIND P50 P90 MAX N MISSING
// REPLY_P50` lines (milliseconds; REPLY_P50 is the createRecord reply's p50) for the script to collect; kind
// `poll` is the duration of the AppView's answers to the polls (N = how many).
import { parseArgs } from 'node:util'
import { setTimeout as sleep } from 'node:timers/promises'

const { values: args } = parseArgs({
  options: {
    target: { type: 'string', multiple: true },
    posts: { type: 'string', default: '50' },
    'poll-ms': { type: 'string', default: '5' },
    'timeout-ms': { type: 'string', default: '30000' },
  },
})
const targets = (args.target ?? []).map((spec) => {
  const [name, pds, appview] = spec.split(',')
  if (!name || !pds || !appview) throw new Error(`--target NAME,PDS_URL,APPVIEW_URL, not ${spec}`)
  return {
    name,
    pds,
    appview,
    samples: { post: [], like: [], follow: [] },
    replies: { post: [], like: [], follow: [] },
    missing: { post: 0, like: 0, follow: 0 },
    polls: [],
  }
})
if (targets.length === 0) {
  console.error('usage: node appview-visible.mjs --target NAME,PDS_URL,APPVIEW_URL [...] [--posts N] [--poll-ms MS]')
  process.exit(2)
}
const posts = Number(args.posts)
const pollMs = Number(args['poll-ms'])
const timeoutMs = Number(args['timeout-ms'])

/** A typed failure of one XRPC call: its method, HTTP status and the body's `error` name. */
class XrpcError extends Error {
  constructor(method, status, body) {
    super(`${method}: HTTP ${status} ${body?.error ?? ''} ${body?.message ?? ''}`)
    this.method = method
    this.status = status
    this.error = body?.error
  }
}

async function xrpc(base, method, { query, body, token } = {}) {
  const url = new URL(`/xrpc/${method}`, base)
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const one of [value].flat()) url.searchParams.append(key, one)
  }
  const headers = {}
  if (token) headers.authorization = `Bearer ${token}`
  if (body) headers['content-type'] = 'application/json'
  const res = await fetch(url, { method: body ? 'POST' : 'GET', headers, body: body && JSON.stringify(body) })
  const text = await res.text()
  const json = text ? JSON.parse(text) : undefined
  if (!res.ok) throw new XrpcError(method, res.status, json)
  return json
}

const suffix = Math.random().toString(36).slice(2, 8)
async function account(target, name) {
  const handle = `${name}${suffix}.test`
  const session = await xrpc(target.pds, 'com.atproto.server.createAccount', {
    body: { handle, email: `${name}${suffix}@example.com`, password: `${name}-password` },
  })
  return { did: session.did, token: session.accessJwt }
}

const createRecord = (target, collection, record) =>
  xrpc(target.pds, 'com.atproto.repo.createRecord', {
    token: target.writer.token,
    body: { repo: target.writer.did, collection, record: { $type: collection, ...record } },
  })

/** Polls `seen()` on the AppView until it is true; the time since `start` then, or undefined on timeout. Each
 * poll's duration goes to `polls` (the other half of the resolution, beside the interval). */
async function until(start, seen, polls = []) {
  const deadline = start + timeoutMs
  for (;;) {
    const asked = performance.now()
    const found = await seen()
    polls.push(performance.now() - asked)
    if (found) return performance.now() - start
    if (performance.now() > deadline) return undefined
    await sleep(pollMs)
  }
}

const getPost = async (target, uri) =>
  (await xrpc(target.appview, 'app.bsky.feed.getPosts', { query: { uris: uri } })).posts[0]

const following = async (target) => {
  const { relationships } = await xrpc(target.appview, 'app.bsky.graph.getRelationships', {
    query: { actor: target.writer.did, others: target.followed.did },
  })
  return relationships[0]?.following
}

/** One post, a like of it and a follow; with `record`, their times go to the target's samples. */
async function round(target, n, record) {
  const now = () => new Date().toISOString()
  const timed = async (kind, write, seen) => {
    const start = performance.now()
    const written = await write()
    const reply = performance.now() - start
    const ms = await until(start, () => seen(written), record ? target.polls : [])
    if (!record) {
      if (ms === undefined) throw new Error(`${target.name}: the warm-up ${kind} never became visible`)
    } else if (ms === undefined) {
      target.missing[kind]++
    } else {
      target.samples[kind].push(ms)
      target.replies[kind].push(reply)
    }
    return written
  }
  const post = await timed(
    'post',
    () => createRecord(target, 'app.bsky.feed.post', { text: `post ${n}`, createdAt: now() }),
    async ({ uri, cid }) => (await getPost(target, uri))?.cid === cid,
  )
  await timed(
    'like',
    () =>
      createRecord(target, 'app.bsky.feed.like', {
        subject: { uri: post.uri, cid: post.cid },
        createdAt: now(),
      }),
    async () => (await getPost(target, post.uri))?.likeCount === 1,
  )
  const follow = await timed(
    'follow',
    () => createRecord(target, 'app.bsky.graph.follow', { subject: target.followed.did, createdAt: now() }),
    async ({ uri }) => (await following(target)) === uri,
  )
  await xrpc(target.pds, 'com.atproto.repo.deleteRecord', {
    token: target.writer.token,
    body: { repo: target.writer.did, collection: 'app.bsky.graph.follow', rkey: follow.uri.split('/').pop() },
  })
  if ((await until(performance.now(), async () => (await following(target)) === undefined)) === undefined) {
    throw new Error(`${target.name}: a deleted follow stayed visible on the AppView`)
  }
}

for (const target of targets) {
  target.writer = await account(target, 'writer')
  target.followed = await account(target, 'followed')
  await round(target, 0, false)
}
for (let n = 1; n <= posts; n++) {
  for (const target of targets) await round(target, n, true)
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
const figures = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted.length === 0
    ? [NaN, NaN, NaN]
    : [quantile(sorted, 0.5), quantile(sorted, 0.9), sorted[sorted.length - 1]]
}
const kinds = ['post', 'like', 'follow']
const ms = (values, digits) => values.map((x) => x.toFixed(digits))
const lines = []
for (const target of targets) {
  for (const kind of kinds) {
    const figs = figures(target.samples[kind])
    const [reply] = figures(target.replies[kind])
    const [n, missing] = [target.samples[kind].length, target.missing[kind]]
    const [p50, p90, max] = ms(figs, 1)
    console.log(
      `${target.name.padEnd(10)} ${kind.padEnd(6)} write → visible p50 ${p50} / p90 ${p90} / max ${max} ms` +
        ` (n ${n}, ${missing} not visible in ${timeoutMs} ms; createRecord reply p50 ${reply.toFixed(1)} ms)`,
    )
    lines.push(`result ${target.name} ${kind} ${ms(figs, 2).join(' ')} ${n} ${missing} ${reply.toFixed(2)}`)
  }
}
for (const target of targets) {
  const figs = figures(target.polls)
  const [p50, p90, max] = ms(figs, 1)
  console.log(
    `${target.name.padEnd(10)} AppView poll answers: p50 ${p50} / p90 ${p90} / max ${max} ms` +
      ` (${target.polls.length} polls, every ${pollMs} ms after the previous answer)`,
  )
  lines.push(`result ${target.name} poll ${ms(figs, 2).join(' ')} ${target.polls.length} 0 0`)
}
if (targets.length === 2) {
  const [a, b] = targets
  for (const kind of kinds) {
    const [fa, fb] = [figures(a.samples[kind]), figures(b.samples[kind])]
    const [p50, p90, max] = ms([0, 1, 2].map((i) => fb[i] / fa[i]), 2)
    console.log(`${kind.padEnd(6)} ${b.name} ÷ ${a.name}: p50 ${p50}× / p90 ${p90}× / max ${max}×`)
  }
}
for (const line of lines) console.log(line)
