// A fingerprint of `analyze` output, to show that a speed or memory change leaves every result byte-identical.
// Runs analyze on 200 BBC news articles (every tenth file of the sorted pool) and on the PolNeAR dev texts joined
// into one long text, and prints one SHA-256 over all the JSON plus one per text to --out. Usage:
//   node scripts/analyze-digest.ts [--out digests.txt]
// Run it before and after a change on the same checkout and compare the printed digest (or diff the --out files).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyze } from '../src/index.ts'
import { readScriptArgs } from './script-args.ts'

const values = readScriptArgs(
  "usage: node scripts/analyze-digest.ts [--out FILE (each text's analysis, one JSON line a text)]",
  {
    out: { type: 'string' },
  },
)
const DATA = new URL('../../../../shared/data/', import.meta.url).pathname

function listTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

const bbc = listTexts(join(DATA, 'bbc-news/news')).filter((_, i) => i % 10 === 0)
const polnear = listTexts(join(DATA, 'polnear/dev/text'))
const inputs: { name: string; text: string }[] = [
  ...bbc.slice(0, 200).map((path) => ({ name: path.slice(DATA.length), text: readFileSync(path, 'utf8') })),
  { name: 'polnear-dev-joined', text: polnear.map((path) => readFileSync(path, 'utf8')).join('\n\n') },
]

const all = createHash('sha256')
const lines: string[] = []
for (const { name, text } of inputs) {
  const json = JSON.stringify(analyze(text))
  all.update(json)
  lines.push(`${createHash('sha256').update(json).digest('hex')}  ${name}`)
}
if (values.out) writeFileSync(values.out, `${lines.join('\n')}\n`)
console.log(`${all.digest('hex')}  ${inputs.length} texts`)
