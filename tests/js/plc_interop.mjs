// did:plc interop with the reference library (@did-plc/lib), driven by pds/tests/plc_interop.rs.
// Reads one JSON request on stdin and writes one JSON answer on stdout.
//   {cmd:"create", rotationHex, recoveryHex, signingHex, handle, pds, newHandle, newPds}
//     -> ops made by the reference library: genesis, handle update, PDS update (signed by the
//        recovery key), tombstone; with their CIDs, the DID, the validated data and DID document.
//   {cmd:"verify", did, ops}
//     -> the reference's verdict on a log: {data, doc, did (from ops[0]), cids} or {error}.
//   {cmd:"next", did, log:[{operation, createdAt, nullified}], proposed}
//     -> the reference's assureValidNextOp: {prev, nullified} or {error}.
//   {cmd:"client", url, rotationHex, signingHex}
//     -> drives a directory at `url` with the reference client: creates a DID, updates its
//        handle, reads everything back; a forged update must be refused.
import plc from '@did-plc/lib'
import { Secp256k1Keypair } from '@atproto/crypto'

const read = async () => {
  const chunks = []
  for await (const chunk of process.stdin) chunks.push(chunk)
  return JSON.parse(Buffer.concat(chunks).toString('utf8'))
}

const cidOf = async (op) => (await plc.getLastOpWithCid([op])).cid

const create = async (req) => {
  const rotation = await Secp256k1Keypair.import(req.rotationHex)
  const recovery = await Secp256k1Keypair.import(req.recoveryHex)
  const signing = await Secp256k1Keypair.import(req.signingHex)
  const { op: genesis, did } = await plc.createOp({
    signingKey: signing.did(),
    handle: req.handle,
    pds: req.pds,
    rotationKeys: [recovery.did(), rotation.did()],
    signer: rotation,
  })
  const handleUpdate = await plc.updateHandleOp(genesis, rotation, req.newHandle)
  const pdsUpdate = await plc.updatePdsOp(handleUpdate, recovery, req.newPds)
  const tombstone = await plc.tombstoneOp(await cidOf(pdsUpdate), rotation)
  const ops = [genesis, handleUpdate, pdsUpdate, tombstone]
  const data = await plc.validateOperationLog(did, ops.slice(0, 3))
  const afterTombstone = await plc.validateOperationLog(did, ops)
  return {
    did,
    ops,
    cids: await Promise.all(ops.map(async (op) => (await cidOf(op)).toString())),
    data,
    doc: plc.formatDidDoc(data),
    tombstoned: afterTombstone === null,
    keys: { rotation: rotation.did(), recovery: recovery.did(), signing: signing.did() },
  }
}

const verify = async (req) => {
  const data = await plc.validateOperationLog(req.did, req.ops)
  return {
    data,
    doc: data === null ? null : plc.formatDidDoc(data),
    did: await plc.didForCreateOp(req.ops[0]),
    cids: await Promise.all(req.ops.map(async (op) => (await cidOf(op)).toString())),
  }
}

const next = async (req) => {
  const log = await Promise.all(
    req.log.map(async (entry) => ({
      did: req.did,
      operation: entry.operation,
      cid: await cidOf(entry.operation),
      nullified: entry.nullified,
      createdAt: new Date(entry.createdAt),
    })),
  )
  const { prev, nullified } = await plc.assureValidNextOp(req.did, log, req.proposed)
  return {
    prev: prev === null ? null : prev.toString(),
    nullified: nullified.map((cid) => cid.toString()),
  }
}

const client = async (req) => {
  const rotation = await Secp256k1Keypair.import(req.rotationHex)
  const signing = await Secp256k1Keypair.import(req.signingHex)
  const attacker = await Secp256k1Keypair.create()
  const directory = new plc.Client(req.url)
  const { op: genesis, did } = await plc.createOp({
    signingKey: signing.did(),
    handle: 'dave.test',
    pds: 'https://pds.example.com',
    rotationKeys: [rotation.did()],
    signer: rotation,
  })
  await directory.sendOperation(did, genesis)
  const update = await plc.updateHandleOp(genesis, rotation, 'dave2.test')
  await directory.sendOperation(did, update)
  let forgedError = null
  try {
    await directory.sendOperation(did, await plc.updateHandleOp(update, attacker, 'evil.test'))
  } catch (err) {
    forgedError = `${err?.status}: ${JSON.stringify(err?.data ?? err?.message)}`
  }
  return {
    did,
    ops: [genesis, update],
    data: await directory.getDocumentData(did),
    doc: await directory.getDocument(did),
    log: await directory.getOperationLog(did),
    audit: await directory.getAuditableLog(did),
    last: await directory.getLastOp(did),
    forgedError,
  }
}

const commands = { create, verify, next, client }

try {
  const req = await read()
  const command = commands[req.cmd]
  if (!command) throw new Error(`unknown cmd ${req.cmd}`)
  process.stdout.write(JSON.stringify(await command(req)))
} catch (err) {
  process.stdout.write(JSON.stringify({ error: String(err?.message ?? err) }))
}
