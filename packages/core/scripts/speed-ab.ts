// Whether a change makes `analyze` (or one of its stages) faster: the CPU time of this checkout's code against another
// checkout's (the base) on the same texts, both loaded side by side in one process and alternated text by text (which
// side goes first alternates too), each text's process.cpuUsage() added to its side, so that both meet the same load.
// On the shared machine the load changes from second to second: passes of a few seconds, one contender after the
// other, gave per-round ratios of 0.7–1.4 between two trees a few percent apart at most; this script gave 0.92–1.09 (median 0.98, 9
// rounds of the 84 PolNeAR dev texts) for `analyze` between two identical trees. A round is one pass over the texts;
// it prints each side's CPU seconds per round and the ratio change / base per round, with their median: under 1 the
// change is faster.
//
// Usage: node scripts/speed-ab.ts --base DIR [--rounds 9] [--stage analyze|tag|actors|statements] [--texts polnear|bbc]
//   DIR: the root of another checkout of whosaid whose packages resolve (`git worktree add DIR REF` and `npm install`,
//   or `git archive REF packages/core | tar -x -C DIR` with a node_modules link at DIR/node_modules).
//   --stage: `analyze` whole, or only the actor tagger (`tag`), the actors stage or the statements stage, on texts
//   parsed (and their actors found) once beforehand by each side's own code.
//   --texts: the PolNeAR dev texts that `bench` times (default), or every tenth BBC article as analyze-digest reads.
import { readdirSync, readFileSync, realpathSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Actor } from '../src/schemas/actor.ts'
import { readScriptArgs } from './script-args.ts'

const USAGE =
  'usage: node scripts/speed-ab.ts --base DIR [--rounds 9] [--stage analyze|tag|actors|statements] [--texts polnear|bbc]'
const values = readScriptArgs(USAGE, {
  base: { type: 'string' },
  rounds: { type: 'string', default: '9' },
  stage: { type: 'string', default: 'analyze' },
  texts: { type: 'string', default: 'polnear' },
})
const STAGES = ['analyze', 'tag', 'actors', 'statements']
if (!values.base || !STAGES.includes(values.stage) || !['polnear', 'bbc'].includes(values.texts)) {
  console.error(USAGE)
  process.exit(2)
}
const HERE = realpathSync(fileURLToPath(new URL('../../..', import.meta.url)))
const BASE = realpathSync(resolve(values.base))
if (BASE === HERE) {
  console.error('speed-ab: --base is this checkout; give another one')
  process.exit(2)
}

/** One side's work on a text, as the chosen stage: its own parser and stages, loaded from its own tree. */
async function loadSide(root: string, stage: string): Promise<(text: string) => unknown> {
  const src = join(root, 'packages/core/src')
  if (stage === 'analyze') return (await import(join(src, 'index.ts'))).analyze
  const { readLayout, tokenizeLayout } = await import(join(src, 'parse/index.ts'))
  const { extractActors } = await import(join(src, 'extract/actors/index.ts'))
  const { tagArticle } = await import(join(src, 'extract/actors/tag-article.ts'))
  const { extractStatements } = await import(join(src, 'extract/statements/index.ts'))
  // Parsed once per text, and its actors found once, so that a stage is timed on its own.
  const prepared = new Map<string, { parsed: unknown; actors: Actor[] }>()
  const prepare = (text: string) => {
    let known = prepared.get(text)
    if (!known) {
      const parsed = tokenizeLayout(readLayout(text))
      known = { parsed, actors: extractActors(parsed) }
      prepared.set(text, known)
    }
    return known
  }
  if (stage === 'tag') return (text) => tagArticle(prepare(text).parsed)
  if (stage === 'actors') return (text) => extractActors(prepare(text).parsed)
  return (text) => {
    const { parsed, actors } = prepare(text)
    return extractStatements(parsed, actors)
  }
}

function listTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

function median(list: readonly number[]): number {
  return [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number
}

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url))
const paths =
  values.texts === 'bbc'
    ? listTexts(join(DATA, 'bbc-news/news'))
        .filter((_, i) => i % 10 === 0)
        .slice(0, 200)
    : listTexts(join(DATA, 'polnear/dev/text'))
const texts = paths.map((path) => readFileSync(path, 'utf8'))
const sides = [await loadSide(BASE, values.stage), await loadSide(HERE, values.stage)] as const
// One untimed pass each: models loaded, code compiled, texts prepared.
for (const text of texts) for (const side of sides) side(text)

const cpu = () => {
  const { user, system } = process.cpuUsage()
  return user + system
}
const rounds = Number(values.rounds)
const seconds: [number[], number[]] = [[], []]
const ratios: number[] = []
for (let round = 0; round < rounds; round++) {
  const total = [0, 0]
  texts.forEach((text, i) => {
    for (const s of (i + round) % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = cpu()
      sides[s as 0 | 1](text)
      total[s] = (total[s] as number) + cpu() - start
    }
  })
  seconds[0].push((total[0] as number) / 1e6)
  seconds[1].push((total[1] as number) / 1e6)
  ratios.push((total[1] as number) / (total[0] as number))
}
const row = (list: readonly number[], digits: number) => list.map((x) => x.toFixed(digits)).join(' ')
console.log(
  `${values.stage} on ${texts.length} ${values.texts} texts, ${rounds} rounds; CPU seconds per round`,
)
console.log(`base    ${row(seconds[0], 2)}  median ${median(seconds[0]).toFixed(3)}  (${BASE})`)
console.log(`change  ${row(seconds[1], 2)}  median ${median(seconds[1]).toFixed(3)}  (${HERE})`)
const sorted = [...ratios].sort((a, b) => a - b)
console.log(
  `change / base  ${row(ratios, 3)}\n  median ${median(ratios).toFixed(3)} (${(sorted[0] as number).toFixed(3)}–${(sorted.at(-1) as number).toFixed(3)})`,
)
