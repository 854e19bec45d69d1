// Reference verdicts for the differential test (tests/tests/differential.rs): records by
// @atproto/lexicon (against a lexicon directory) and strings of the eleven Lexicon string formats by
// the same package's format validators (which call @atproto/syntax), one verdict per input line.
//
// usage: node differential.mjs LEXICON_DIR < corpus.jsonl
//   LEXICON_DIR: every *.json file below it is a lexicon document (e.g. the repository's lexicons/)
//   corpus.jsonl: one of, per line,
//     {"nsid": "...", "record": {...}}    a record of type nsid
//     {"format": "did", "string": "..."}  a string of a Lexicon string format
// output: one {"valid": true} or {"valid": false, "error": "..."} per line, in input order
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Lexicons, jsonToLex } from '@atproto/lexicon'

const FORMATS = [
  'at-identifier',
  'at-uri',
  'cid',
  'datetime',
  'did',
  'handle',
  'language',
  'nsid',
  'record-key',
  'tid',
  'uri',
]

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
  console.error('usage: node differential.mjs LEXICON_DIR < corpus.jsonl')
  process.exit(2)
}
// One object def per format, each with a single property `v` of that format, so a string is judged
// by exactly the code path a record field of that format goes through.
const formatDefs = {}
for (const format of FORMATS) {
  formatDefs[format.replace('-', '')] = {
    type: 'object',
    required: ['v'],
    properties: { v: { type: 'string', format } },
  }
}
const lexicons = new Lexicons([
  ...lexiconFiles(dir).map((f) => JSON.parse(readFileSync(f, 'utf8'))),
  { lexicon: 1, id: 'test.differential.formats', defs: formatDefs },
])

function verdict(run) {
  try {
    run()
    return { valid: true }
  } catch (error) {
    return { valid: false, error: String(error?.message ?? error) }
  }
}

const lines = readFileSync(0, 'utf8').split('\n').filter((l) => l.trim() !== '')
const out = []
for (const line of lines) {
  const input = JSON.parse(line)
  if (typeof input.format === 'string') {
    const def = `test.differential.formats#${input.format.replace('-', '')}`
    out.push(
      verdict(() => {
        const result = lexicons.validate(def, { v: input.string })
        if (!result.success) throw result.error
      }),
    )
  } else {
    out.push(verdict(() => lexicons.assertValidRecord(input.nsid, jsonToLex(input.record))))
  }
}
process.stdout.write(out.map((v) => JSON.stringify(v)).join('\n') + '\n')
