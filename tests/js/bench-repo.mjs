// The reference @atproto/repo doing the same work as `cargo bench -p pds --bench repo`:
//   node bench-repo.mjs insert N BATCH   MST + signed commits over MemoryBlockstore
//   node bench-repo.mjs export N         full-repo CAR export (getFullRepo), MB/s
//   node bench-repo.mjs import N         verify + load a full-repo CAR (verifyRepoCar), MB/s
//   node bench-repo.mjs reads N          random record reads (repo.getRecord)
//   node bench-repo.mjs import-reads N   both over one populated repository; BENCH_REPEAT=3 repeats each
import { Secp256k1Keypair } from '@atproto/crypto'
import { MemoryBlockstore, Repo, WriteOpAction, getFullRepo, verifyRepoCar } from '@atproto/repo'
import { TID } from '@atproto/common-web'

const [phase, nArg, batchArg] = process.argv.slice(2)
const n = Number(nArg ?? 100000)
const batch = Number(batchArg ?? 1)
const did = 'did:plc:benchmarkrepo00000000000'

const record = (i) => ({
  $type: 'app.bsky.feed.post',
  text: `Benchmark post number ${i}: a few words of text, like most posts.`,
  langs: ['en'],
  createdAt: '2026-11-21T10:00:00.000Z',
})
// The same keys as the Rust bench: TIDs in creation order.
const rkey = (i) => TID.fromTime(1_700_000_000_000_000 + i * 1000, 0).toString()

async function populate(count, size) {
  const keypair = await Secp256k1Keypair.create({ exportable: true })
  const storage = new MemoryBlockstore()
  let repo = await Repo.create(storage, did, keypair)
  for (let start = 0; start < count; start += size) {
    const writes = []
    for (let i = start; i < Math.min(count, start + size); i++) {
      writes.push({ action: WriteOpAction.Create, collection: 'app.bsky.feed.post', rkey: rkey(i), record: record(i) })
    }
    repo = await repo.applyWrites(writes, keypair)
  }
  return { repo, storage, keypair }
}

async function exportCar(storage, repo) {
  const chunks = []
  for await (const chunk of getFullRepo(storage, repo.cid)) chunks.push(chunk)
  return Buffer.concat(chunks)
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9
// CPU seconds (user + system, all threads) since `start = process.cpuUsage()`: steadier than wall time on a
// shared, loaded machine; the Rust bench prints the same measure.
const cpuSeconds = (start) => {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}
const mib = () => (process.memoryUsage().rss / 1024 / 1024).toFixed(1)

async function importOnce(repo, storage, keypair) {
  const car = await exportCar(storage, repo)
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  const verified = await verifyRepoCar(new Uint8Array(car), did, keypair.did())
  const target = new MemoryBlockstore()
  await target.putMany(verified.commit.newBlocks)
  const s = seconds(start)
  const c = cpuSeconds(cpu)
  console.log(`ts import: ${n} records, ${(car.length / 1e6).toFixed(1)} MB in ${s.toFixed(3)} s = ${(car.length / 1e6 / s).toFixed(1)} MB/s (CPU ${c.toFixed(2)} s = ${(car.length / 1e6 / c).toFixed(2)} MB/CPU-s), ${(n / s).toFixed(0)} records/s, rss ${mib()} MiB`)
}

// One read is `getRecord`: the key looked up through the MST, the record block read and decoded.
async function readsOnce(repo) {
  const count = 20000
  let state = 0x9e3779b9
  const cpu = process.cpuUsage()
  const start = process.hrtime.bigint()
  for (let k = 0; k < count; k++) {
    state ^= state << 13; state ^= state >>> 17; state ^= state << 5; state >>>= 0
    await repo.getRecord('app.bsky.feed.post', rkey(state % n))
  }
  const s = seconds(start)
  const c = cpuSeconds(cpu)
  console.log(`ts reads (repo of ${n}): ${count} reads in ${s.toFixed(3)} s = ${(count / s).toFixed(0)} reads/s (CPU ${c.toFixed(2)} s = ${(count / c).toFixed(0)} reads/CPU-s)`)
}

if (phase === 'insert') {
  const start = process.hrtime.bigint()
  await populate(n, batch)
  const s = seconds(start)
  console.log(`ts insert (batch ${batch}): ${n} records in ${s.toFixed(3)} s = ${(n / s).toFixed(0)} records/s`)
} else if (phase === 'export') {
  const { repo, storage } = await populate(n, 200)
  const start = process.hrtime.bigint()
  const car = await exportCar(storage, repo)
  const s = seconds(start)
  console.log(`ts export: ${n} records, ${(car.length / 1e6).toFixed(1)} MB in ${s.toFixed(3)} s = ${(car.length / 1e6 / s).toFixed(1)} MB/s, ${(n / s).toFixed(0)} records/s, rss ${mib()} MiB`)
} else if (phase === 'import' || phase === 'reads' || phase === 'import-reads') {
  // import-reads: both measurements over one populated repository (populating 100k records takes minutes).
  // BENCH_REPEAT=k repeats each measurement k times (take the best: the machine is shared).
  const { repo, storage, keypair } = await populate(n, 200)
  const repeat = Number(process.env.BENCH_REPEAT ?? 1)
  for (let round = 0; round < repeat; round++) {
    if (phase !== 'reads') await importOnce(repo, storage, keypair)
    if (phase !== 'import') await readsOnce(repo)
  }
} else {
  console.error('usage: bench-repo.mjs insert N BATCH | export N | import N | reads N | import-reads N')
  process.exit(2)
}
