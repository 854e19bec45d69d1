// Starts the reference PDS (@atproto/pds, pinned in package.json) on 127.0.0.1 with a fresh temporary data
// directory, for benchmarks and tests that run it beside ours. See README.md.
//
//   node start.mjs --plc http://127.0.0.1:PORT [--port N]
//
// `--plc` (or PDS_DID_PLC_URL) is the PLC directory the reference registers its accounts' did:plc with: our
// PDS's embedded directory answers at its root. Without `--port` (or PDS_PORT) a free port is picked. Every
// other setting has a development default below; any PDS_* variable already in the environment wins. Once it
// listens, one line goes to stdout: `reference pds listening on http://127.0.0.1:PORT` (then the data
// directory). SIGINT or SIGTERM stop it and remove the data directory.

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values: args } = parseArgs({
  options: { plc: { type: 'string' }, port: { type: 'string' } },
})

/** A port free on 127.0.0.1 right now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const plc = args.plc ?? process.env.PDS_DID_PLC_URL
if (!plc) {
  console.error('usage: node start.mjs --plc http://127.0.0.1:PORT [--port N]')
  process.exit(2)
}
const port = Number(args.port ?? process.env.PDS_PORT ?? (await freePort()))
const data = mkdtempSync(join(tmpdir(), 'reference-pds-'))

const defaults = {
  PDS_PORT: String(port),
  PDS_HOSTNAME: 'localhost', // public URL http://localhost:PORT, handles under .test
  PDS_DEV_MODE: 'true',
  PDS_DID_PLC_URL: plc,
  PDS_DATA_DIRECTORY: data,
  PDS_BLOBSTORE_DISK_LOCATION: join(data, 'blobs'),
  PDS_JWT_SECRET: randomBytes(32).toString('hex'),
  PDS_ADMIN_PASSWORD: 'admin-password',
  PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: randomBytes(32).toString('hex'),
  PDS_INVITE_REQUIRED: 'false',
  PDS_RATE_LIMITS_ENABLED: 'false',
  PDS_DISABLE_SSRF_PROTECTION: 'true', // its PLC directory and peers are on loopback
  PDS_CRAWLERS: '',
  LOG_ENABLED: 'false',
}
for (const [key, value] of Object.entries(defaults)) {
  process.env[key] ??= value
}

// Imported after the environment is set: the package reads LOG_* when it loads.
const { PDS, envToCfg, envToSecrets, readEnv } = await import('@atproto/pds')

const env = readEnv()
const pds = await PDS.create(envToCfg(env), envToSecrets(env))
// `start()` listens on every interface; keep it on loopback.
const listen = pds.app.listen.bind(pds.app)
pds.app.listen = (listenPort, ...rest) => listen(listenPort, '127.0.0.1', ...rest)
await pds.start()
console.log(`reference pds listening on http://127.0.0.1:${port}`)
console.log(`reference pds data directory ${data}`)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  try {
    await pds.destroy()
  } finally {
    rmSync(data, { recursive: true, force: true })
    process.exit(0)
  }
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
