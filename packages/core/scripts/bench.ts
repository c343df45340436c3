// Throughput of the full `analyze` on the PolNeAR dev texts next to compromise's people()/places()/
// organizations() on the same texts, in the same run: medians over several runs, their ratio, peak memory, and
// whether the cost per MB stays flat as one text grows 1×, 4×, 16×. Usage: npm run bench [-- --runs 5]
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import nlp from 'compromise'
import { extractActors } from '../src/extract/actors/index.ts'
import { analyze } from '../src/index.ts'
import { parseArticle } from '../src/parse/index.ts'

const DIR = new URL('../../../../shared/data/polnear/dev/text/', import.meta.url).pathname
const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5

const texts = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
const megabytes = (list: readonly string[]) => list.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6
const corpusMB = megabytes(texts)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** Seconds to run `work` over every text, median of RUNS runs. */
function time(work: (text: string) => void): number {
  const seconds: number[] = []
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now()
    for (const text of texts) work(text)
    seconds.push((performance.now() - start) / 1000)
  }
  return median(seconds)
}

const coldStart = performance.now()
analyze('Warm-up: Russia said it would talk to the United States.')
const coldMs = performance.now() - coldStart

let whosaidActors = 0
const whosaid = time((text) => {
  whosaidActors += analyze(text).actors.length
})
// The actors stage alone (parse + extractActors), to tell its cost from the statements stage's.
const actorsOnly = time((text) => {
  extractActors(parseArticle(text))
})
let compromiseNames = 0
const compromise = time((text) => {
  const doc = nlp(text)
  compromiseNames += doc.people().out('array').length + doc.places().out('array').length
  compromiseNames += doc.organizations().out('array').length
})

console.log(`PolNeAR dev: ${texts.length} texts, ${corpusMB.toFixed(3)} MB, median of ${RUNS} runs`)
console.log(
  `whosaid analyze      ${(corpusMB / whosaid).toFixed(2)} MB/s  (${(whosaid * 1000).toFixed(0)} ms per pass, ${whosaidActors / RUNS} actors)`,
)
console.log(
  `compromise entities  ${(corpusMB / compromise).toFixed(2)} MB/s  (${(compromise * 1000).toFixed(0)} ms per pass, ${compromiseNames / RUNS} names)`,
)
console.log(
  `  parse + actors only ${(corpusMB / actorsOnly).toFixed(2)} MB/s  (${(actorsOnly * 1000).toFixed(0)} ms per pass)`,
)
console.log(`ratio                ${(compromise / whosaid).toFixed(1)}× compromise (analyze)`)
console.log(`ratio                ${(compromise / actorsOnly).toFixed(1)}× compromise (parse + actors)`)
console.log(`first call (model load + decode) ${coldMs.toFixed(0)} ms`)

// Linearity: one text made of the corpus's first ~100 kB, repeated 1×, 4× and 16×.
let base = ''
for (const text of texts) {
  if (base.length > 100_000) break
  base += `${text}\n\n`
}
console.log('\nlinearity (one text, repeated)')
for (const factor of [1, 4, 16]) {
  const text = Array.from({ length: factor }, () => base).join('\n\n')
  const mb = Buffer.byteLength(text) / 1e6
  const seconds: number[] = []
  for (let r = 0; r < Math.max(1, Math.floor(RUNS / 2)); r++) {
    const start = performance.now()
    analyze(text)
    seconds.push((performance.now() - start) / 1000)
  }
  const s = median(seconds)
  console.log(
    `${String(factor).padStart(2)}×  ${mb.toFixed(2)} MB  ${(s * 1000).toFixed(0)} ms  ${((s / mb) * 1000).toFixed(0)} ms/MB`,
  )
}

const memory = process.memoryUsage()
console.log(
  `\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; heap used at end ${(memory.heapUsed / 1e6).toFixed(0)} MB`,
)
