// Reference-implementation checks for our sync endpoints and firehose, with @atproto/repo:
//   node sync.mjs proof <base-url> <did> <did:key> <collection> <rkey> <cid|absent>
//       fetches com.atproto.sync.getRecord and verifies the proof CAR (verifyProofs)
//   node --experimental-websocket sync.mjs firehose <ws-url> <did:key> <commits>
//       subscribes, and verifies each #commit as a Sync 1.1 consumer does: frame decoding, the commit's
//       signature, rev, op shapes, and inverting the ops on the partial MST back to prevData
// Each prints one JSON line on stdout.
import { cborDecodeMulti } from '@atproto/common'
import { parseCid } from '@atproto/lex-data'
import { MST, MemoryBlockstore, cborToLex, readCarWithRoot, verifyCommitSig, verifyProofs } from '@atproto/repo'

const [command, ...args] = process.argv.slice(2)

async function proof(base, did, didKey, collection, rkey, cid) {
  const url = `${base}/xrpc/com.atproto.sync.getRecord?did=${did}&collection=${collection}&rkey=${rkey}`
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
  const car = new Uint8Array(await res.arrayBuffer())
  const claim = { collection, rkey, cid: cid === 'absent' ? null : parseCid(cid) }
  const { verified, unverified } = await verifyProofs(car, [claim], did, didKey)
  let text = null
  if (claim.cid) {
    const { blocks } = await readCarWithRoot(car)
    const bytes = blocks.get(claim.cid)
    text = bytes ? cborToLex(bytes).text : null
  }
  console.log(JSON.stringify({ verified: verified.length, unverified: unverified.length, text }))
}

function check(condition, message) {
  if (!condition) throw new Error(message)
}

async function verifyCommit(body, didKey) {
  const car = await readCarWithRoot(body.blocks)
  check(car.root.equals(body.commit), 'CAR root is the commit')
  check(body.blocks.length <= 2_000_000, 'blocks within 2,000,000 bytes')
  const commit = cborToLex(car.blocks.get(car.root))
  check(await verifyCommitSig(commit, didKey), 'commit signature')
  check(commit.rev === body.rev, 'rev equals the commit rev')
  check(commit.did === body.repo, 'repo equals the commit did')
  check(body.tooBig === false && body.rebase === false, 'no tooBig / rebase')
  let mst = MST.load(new MemoryBlockstore(car.blocks), commit.data)
  for (const op of body.ops) {
    if (op.action === 'create') {
      check(op.cid && op.prev === undefined, `create ${op.path}: cid, no prev`)
      mst = await mst.delete(op.path)
    } else if (op.action === 'update') {
      check(op.cid && op.prev, `update ${op.path}: cid and prev`)
      mst = await mst.update(op.path, op.prev)
    } else if (op.action === 'delete') {
      check(op.cid === null && op.prev, `delete ${op.path}: cid null, prev`)
      mst = await mst.add(op.path, op.prev)
    } else throw new Error(`unknown action ${op.action}`)
  }
  if (body.prevData === undefined) return { inverted: false, data: commit.data }
  const root = await mst.getPointer()
  check(root.equals(body.prevData), `inverted root ${root} equals prevData ${body.prevData}`)
  return { inverted: true, data: commit.data }
}

async function firehose(url, didKey, count) {
  const socket = new WebSocket(url)
  socket.binaryType = 'arraybuffer'
  const frames = []
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${frames.length} frames`)), 20000)
    socket.onmessage = (event) => {
      frames.push(new Uint8Array(event.data))
      if (frames.length === count) {
        clearTimeout(timer)
        resolve()
      }
    }
    socket.onerror = (event) => reject(new Error(`websocket error: ${event.message}`))
  })
  socket.close()
  const seqs = []
  let inverted = 0
  let previous = null
  let previousData = null
  for (const bytes of frames) {
    const [header, body] = cborDecodeMulti(bytes)
    check(header.op === 1 && header.t === '#commit', `header ${JSON.stringify(header)}`)
    check(!('$type' in body), 'no $type in payloads')
    if (previous) {
      check(body.seq > previous.seq, 'seq increases')
      check(body.since === previous.rev, 'since is the previous rev')
      check(body.prevData && body.prevData.equals(previousData), 'prevData is the previous commit data')
    }
    const verified = await verifyCommit(body, didKey)
    if (verified.inverted) inverted++
    previousData = verified.data
    seqs.push(body.seq)
    previous = body
  }
  console.log(JSON.stringify({ commits: frames.length, inverted, seqs }))
}

if (command === 'proof') await proof(...args)
else if (command === 'firehose') await firehose(args[0], args[1], Number(args[2]))
else {
  console.error('usage: sync.mjs proof <base> <did> <did:key> <collection> <rkey> <cid|absent> | firehose <ws-url> <did:key> <n>')
  process.exit(2)
}
