// Record-validation throughput of the reference TypeScript validator (@atproto/lexicon) on a JSONL
// file, to compare with `cargo bench -p lexgen --bench validate` on the same file.
//
// usage: node bench-validate.mjs FILE.jsonl [LEXICON_DIR] [SECONDS]
// Prints records/s for "parse+validate" (JSON text → jsonToLex → assertValidRecord) and
// "validate" (already converted values).
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Lexicons, jsonToLex } from '@atproto/lexicon'

function lexiconFiles(dir) {
  const out = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...lexiconFiles(path))
    else if (name.endsWith('.json')) out.push(path)
  }
  return out
}

const here = dirname(fileURLToPath(import.meta.url))
const [file, dir = join(here, '../../lexicons'), seconds = '3'] = process.argv.slice(2)
if (!file) {
  console.error('usage: node bench-validate.mjs FILE.jsonl [LEXICON_DIR] [SECONDS]')
  process.exit(2)
}
const lexicons = new Lexicons(lexiconFiles(dir).map((f) => JSON.parse(readFileSync(f, 'utf8'))))
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
const values = lines.map((l) => jsonToLex(JSON.parse(l)))
for (const v of values) lexicons.assertValidRecord(v.$type, v) // every record must be valid

function measure(round) {
  round() // warm up
  const limit = Number(seconds) * 1000
  const start = performance.now()
  let records = 0
  while (performance.now() - start < limit) records += round()
  return records / ((performance.now() - start) / 1000)
}

const full = measure(() => {
  for (const line of lines) {
    const v = jsonToLex(JSON.parse(line))
    lexicons.assertValidRecord(v.$type, v)
  }
  return lines.length
})
const validateOnly = measure(() => {
  for (const v of values) lexicons.assertValidRecord(v.$type, v)
  return values.length
})
console.log(`${file}: ${lines.length} records (@atproto/lexicon, node ${process.version})`)
console.log(`parse+validate: ${full.toFixed(0).padStart(12)} records/s`)
console.log(`validate:       ${validateOnly.toFixed(0).padStart(12)} records/s`)
