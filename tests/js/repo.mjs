// Reference-implementation checks for our repositories, with @atproto/repo:
//   node repo.mjs verify <car-file> <did> <did:key>   verifies a full-repo CAR (signature, MST, every record)
//   node repo.mjs generate <records> <car-file>       writes a signed repo CAR made by the reference
// Each prints one JSON line on stdout.
import { readFile, writeFile } from 'node:fs/promises'
import { Secp256k1Keypair } from '@atproto/crypto'
import { MemoryBlockstore, Repo, WriteOpAction, cborToLex, getFullRepo, readCarWithRoot, verifyRepoCar } from '@atproto/repo'

const [command, ...args] = process.argv.slice(2)

async function verify(carFile, did, didKey) {
  const car = await readFile(carFile)
  const verified = await verifyRepoCar(new Uint8Array(car), did, didKey)
  const { root, blocks } = await readCarWithRoot(new Uint8Array(car))
  const commit = cborToLex(blocks.get(root))
  console.log(JSON.stringify({
    commit: verified.commit.cid.toString(),
    data: commit.data.toString(),
    rev: verified.commit.rev,
    records: verified.creates.length,
  }))
}

async function generate(count, carFile) {
  const keypair = await Secp256k1Keypair.create({ exportable: true })
  const did = 'did:plc:referencerepo0000000000'
  const storage = new MemoryBlockstore()
  let repo = await Repo.create(storage, did, keypair)
  for (let start = 0; start < count; start += 200) {
    const writes = []
    for (let i = start; i < Math.min(count, start + 200); i++) {
      writes.push({
        action: WriteOpAction.Create,
        collection: i % 3 === 0 ? 'app.bsky.feed.like' : 'app.bsky.feed.post',
        rkey: `3l${String(i).padStart(11, '0')}`,
        record: { $type: 'app.bsky.feed.post', text: `reference post ${i}`, createdAt: new Date(0).toISOString() },
      })
    }
    repo = await repo.applyWrites(writes, keypair)
  }
  const chunks = []
  for await (const chunk of getFullRepo(storage, repo.cid)) chunks.push(chunk)
  await writeFile(carFile, Buffer.concat(chunks))
  console.log(JSON.stringify({
    did,
    didKey: keypair.did(),
    privateKeyHex: Buffer.from(await keypair.export()).toString('hex'),
    commit: repo.cid.toString(),
    data: repo.commit.data.toString(),
    rev: repo.commit.rev,
    records: count,
  }))
}

if (command === 'verify') await verify(...args)
else if (command === 'generate') await generate(Number(args[0]), args[1])
else {
  console.error('usage: repo.mjs verify <car> <did> <did:key> | generate <records> <car>')
  process.exit(2)
}
