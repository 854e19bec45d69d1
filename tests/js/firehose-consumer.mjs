// A reference firehose consumer driven over stdin, for pds/tests/federation.rs:
//   node firehose-consumer.mjs <ws-base-url> <plc-url>
// Subscribes twice to <ws-base-url>/xrpc/com.atproto.sync.subscribeRepos from the live head:
//   - `@atproto/sync`'s `Firehose` (what relays and AppViews build on), verifying commits with keys that
//     `IdResolver({ plcUrl })` resolves; it can be disconnected and resumed from its last seq;
//   - a bare `@atproto/xrpc-server` `Subscription` whose params are `{ cursor: undefined }`, which the
//     reference encodes as `?cursor=` (an empty value); it stays connected.
// Commands, one per line: `disconnect`, `resume`, `wait <seq>`, `finish <seq> <did>`. Each prints one JSON
// line when done; the first event also prints {"live": seq}. `finish` waits for <seq>, resolves <did> with
// `DidResolver({ plcUrl })`, prints the summary and exits.
import readline from 'node:readline'
import { DidResolver, IdResolver } from '@atproto/identity'
import { Firehose } from '@atproto/sync'
import { Subscription } from '@atproto/xrpc-server'

const [service, plcUrl] = process.argv.slice(2)
// The resolvers' default fetch refuses IP hosts and plain http (SSRF protection); on loopback, the
// package's own advice: pass `globalThis.fetch`.
const fetch = globalThis.fetch
const idResolver = new IdResolver({ plcUrl, fetch })
const say = (value) => console.log(JSON.stringify(value))

const events = [] // [seq, kind, did] of the events the Firehose hands over
const errors = []
let lastSeq
let live = false

function handleEvent(evt) {
  const kind = ['create', 'update', 'delete'].includes(evt.event) ? '#commit' : `#${evt.event}`
  // A commit's ops arrive one by one with the commit's seq: listed once.
  const last = events.at(-1)
  if (!last || last[0] !== evt.seq || last[1] !== kind) events.push([evt.seq, kind, evt.did])
  lastSeq = lastSeq === undefined ? evt.seq : Math.max(lastSeq, evt.seq)
  if (!live) {
    live = true
    say({ live: evt.seq })
  }
}

function startFirehose(withCursor) {
  const firehose = new Firehose({
    service,
    idResolver,
    handleEvent,
    onError: (err) => {
      console.error(err)
      errors.push(String(err?.stack ?? err))
    },
    getCursor: withCursor ? () => lastSeq : undefined,
  })
  firehose.start()
  return firehose
}

let firehose = startFirehose(false)

// The empty-cursor subscription: the raw frames' seqs.
const rawSeqs = []
const abort = new AbortController()
const raw = new Subscription({
  service,
  method: 'com.atproto.sync.subscribeRepos',
  signal: abort.signal,
  getParams: () => ({ cursor: undefined }),
  validate: (value) => value,
})
const rawDone = (async () => {
  try {
    for await (const message of raw) {
      if (typeof message?.seq === 'number') rawSeqs.push(message.seq)
    }
  } catch (err) {
    if (err?.name !== 'AbortError') errors.push(`raw subscription: ${err?.stack ?? err}`)
  }
})()

async function until(condition, what) {
  const deadline = Date.now() + 30_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const seenUpTo = (seq) => () => lastSeq !== undefined && lastSeq >= seq

for await (const line of readline.createInterface({ input: process.stdin })) {
  const [command, ...args] = line.trim().split(/\s+/)
  if (command === 'disconnect') {
    await firehose.destroy()
    say({ disconnected: lastSeq ?? null })
  } else if (command === 'resume') {
    firehose = startFirehose(true)
    say({ resumed: lastSeq ?? null })
  } else if (command === 'wait') {
    await until(seenUpTo(Number(args[0])), `seq ${args[0]}`)
    say({ waited: lastSeq })
  } else if (command === 'finish') {
    const [seq, did] = [Number(args[0]), args[1]]
    await until(seenUpTo(seq), `seq ${seq}`)
    await until(() => rawSeqs.includes(seq), `seq ${seq} on the empty-cursor subscription`)
    await firehose.destroy()
    abort.abort()
    await rawDone
    const doc = await new DidResolver({ plcUrl, fetch }).resolve(did)
    say({
      ok: true,
      events,
      rawSeqs,
      errors,
      resolved: doc ? { id: doc.id, alsoKnownAs: doc.alsoKnownAs } : null,
    })
    process.exit(0)
  } else {
    throw new Error(`unknown command ${line}`)
  }
}
