// Loads a server for bench/scale.sh over plain XRPC (node's fetch, no client library):
//   node load.mjs records URL DID JWT COUNT      adds COUNT posts to DID's repository, 200 per applyWrites
//   node load.mjs accounts URL FROM COUNT FILE   creates accounts FROM.. FROM+COUNT-1 (4 at a time), appending
//                                                DID=JWT lines to FILE
import { appendFileSync } from 'node:fs'

const [mode, url, ...rest] = process.argv.slice(2)

async function xrpc(nsid, body, jwt) {
  const headers = { 'content-type': 'application/json' }
  if (jwt) headers.authorization = `Bearer ${jwt}`
  const res = await fetch(`${url}/xrpc/${nsid}`, { method: 'POST', headers, body: JSON.stringify(body) })
  const text = await res.text()
  if (!res.ok) throw new Error(`${nsid}: ${res.status} ${text}`)
  return JSON.parse(text)
}

function post(i) {
  return {
    $type: 'app.bsky.feed.post',
    text: `Post ${i} of the scaling benchmark, about the length of a typical short post.`,
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  }
}

if (mode === 'records') {
  // Two requests in flight, so the server's group commit takes two batches per fsync.
  const [did, jwt, count] = rest
  const total = Number(count)
  let next = 0
  const worker = async () => {
    while (next < total) {
      const start = next
      const n = Math.min(200, total - start)
      next += n
      const writes = []
      for (let i = 0; i < n; i++) {
        writes.push({ $type: 'com.atproto.repo.applyWrites#create', collection: 'app.bsky.feed.post', value: post(start + i) })
      }
      await xrpc('com.atproto.repo.applyWrites', { repo: did, writes }, jwt)
    }
  }
  await Promise.all([worker(), worker()])
} else if (mode === 'accounts') {
  const [from, count, file] = rest
  const end = Number(from) + Number(count)
  const domain = (await (await fetch(`${url}/xrpc/com.atproto.server.describeServer`)).json()).availableUserDomains[0]
  let next = Number(from)
  const worker = async () => {
    while (next < end) {
      const i = next++
      const made = await xrpc('com.atproto.server.createAccount', {
        handle: `scale${i}${domain}`,
        email: `scale${i}@scale.example`,
        password: `scale-password-${i}`,
      })
      appendFileSync(file, `${made.did}=${made.accessJwt}\n`)
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()])
} else {
  console.error('usage: load.mjs records URL DID JWT COUNT | accounts URL FROM COUNT FILE')
  process.exit(2)
}
