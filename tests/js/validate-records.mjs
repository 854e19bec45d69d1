// Validates records with the reference TypeScript validator (@atproto/lexicon) and prints one verdict
// per record, for comparison with ours.
//
// usage: node validate-records.mjs LEXICON_DIR < corpus.jsonl
//   LEXICON_DIR: every *.json file below it is a lexicon document (e.g. the repository's lexicons/)
//   corpus.jsonl: one {"id": "...", "nsid": "...", "record": {...}} per line
// output: one {"id": "...", "valid": true|false, "error": "..."} per line, in input order
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
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

const dir = process.argv[2]
if (!dir) {
  console.error('usage: node validate-records.mjs LEXICON_DIR < corpus.jsonl')
  process.exit(2)
}
const lexicons = new Lexicons(
  lexiconFiles(dir).map((f) => JSON.parse(readFileSync(f, 'utf8'))),
)

const lines = readFileSync(0, 'utf8').split('\n').filter((l) => l.trim() !== '')
const out = []
for (const line of lines) {
  const { id, nsid, record } = JSON.parse(line)
  try {
    lexicons.assertValidRecord(nsid, jsonToLex(record))
    out.push(JSON.stringify({ id, valid: true }))
  } catch (error) {
    out.push(JSON.stringify({ id, valid: false, error: String(error?.message ?? error) }))
  }
}
process.stdout.write(out.join('\n') + '\n')
