// Throughput of the full `analyze` on the PolNeAR dev texts next to compromise's people()/places()/
// organizations() on the same texts, in the same run, peak memory, and whether the cost per MB stays flat as one
// text grows 1×, 4×, 16×. Usage: npm run bench [-- --rounds 5 --passes 3]
//
// Each contender runs in a child process of its own (a fresh heap: one library's garbage and heap growth do not
// weigh on the other's passes), one warm-up pass then `--passes` timed passes; the rounds alternate the
// contenders, and each round's ratio compares passes made minutes apart at most. The ratio printed is the median of
// the rounds' ratios, with their range: this machine is shared, so absolute figures vary with its load.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    passes: { type: 'string', default: '3' },
    child: { type: 'string' },
    linearity: { type: 'boolean', default: false },
  },
})
const DIR = new URL('../../../../shared/data/polnear/dev/text/', import.meta.url).pathname
const texts = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
const corpusMB = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6

function median(list: readonly number[]): number {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** What one child reports: seconds per timed pass, items found per pass, its first call, its peak memory. */
interface ChildReport {
  seconds: number[]
  found: number
  firstCallMs: number
  peakRssMB: number
  linearity?: { factor: number; mb: number; ms: number }[]
}

/** Seconds to run `work` once over every text. */
function pass(work: (text: string) => number): { seconds: number; found: number } {
  let found = 0
  const start = performance.now()
  for (const text of texts) found += work(text)
  return { seconds: (performance.now() - start) / 1000, found }
}

/** Inside a child: loads one contender, warms it up with one pass, times the others, and prints a ChildReport. */
async function runChild(name: string, passes: number): Promise<void> {
  const started = performance.now()
  let work: (text: string) => number
  let linear: ((text: string) => unknown) | null = null
  if (name === 'compromise') {
    const nlp = (await import('compromise')).default
    work = (text) => {
      const doc = nlp(text)
      return (
        doc.people().out('array').length +
        doc.places().out('array').length +
        doc.organizations().out('array').length
      )
    }
  } else if (name === 'actors') {
    const { extractActors } = await import('../src/extract/actors/index.ts')
    const { parseArticle } = await import('../src/parse/index.ts')
    work = (text) => extractActors(parseArticle(text)).length
  } else {
    const { analyze } = await import('../src/index.ts')
    work = (text) => analyze(text).actors.length
    linear = analyze
  }
  work('Warm-up: Russia said it would talk to the United States.')
  const firstCallMs = performance.now() - started
  pass(work)
  const timed = Array.from({ length: passes }, () => pass(work))
  const report: ChildReport = {
    seconds: timed.map((p) => p.seconds),
    found: timed[0]?.found ?? 0,
    firstCallMs,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }
  if (linear && values.linearity) report.linearity = linearity(linear)
  process.stdout.write(JSON.stringify(report))
}

/** Cost of one text made of the corpus's first ~100 kB, repeated 1×, 4× and 16×: flat ms per MB means linear. */
function linearity(run: (text: string) => unknown): ChildReport['linearity'] {
  let base = ''
  for (const text of texts) {
    if (base.length > 100_000) break
    base += `${text}\n\n`
  }
  return [1, 4, 16].map((factor) => {
    const text = Array.from({ length: factor }, () => base).join('\n\n')
    const ms = median(
      [0, 1, 2].map(() => {
        const start = performance.now()
        run(text)
        return performance.now() - start
      }),
    )
    return { factor, mb: Buffer.byteLength(text) / 1e6, ms }
  })
}

/** Runs one contender in a child process (Node as this one) and reads its report. */
function child(name: string, passes: number, withLinearity = false): ChildReport {
  const script = fileURLToPath(import.meta.url)
  const args = [
    script,
    '--child',
    name,
    '--passes',
    String(passes),
    ...(withLinearity ? ['--linearity'] : []),
  ]
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  return JSON.parse(out) as ChildReport
}

async function main(): Promise<void> {
  const passes = Math.max(1, Number(values.passes))
  if (values.child) return runChild(values.child, passes)
  const rounds = Math.max(1, Number(values.rounds))
  console.log(
    `PolNeAR dev: ${texts.length} texts, ${corpusMB.toFixed(3)} MB; ${rounds} rounds, each contender in its own process: 1 warm-up + ${passes} timed passes`,
  )
  const results = {
    whosaid: [] as ChildReport[],
    compromise: [] as ChildReport[],
    actors: [] as ChildReport[],
  }
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so that neither always meets the machine in the same state.
    const order = r % 2 === 0 ? (['whosaid', 'compromise'] as const) : (['compromise', 'whosaid'] as const)
    for (const name of order) results[name].push(child(name, passes, name === 'whosaid' && r === 0))
    results.actors.push(child('actors', passes))
    const w = median(results.whosaid[r]?.seconds ?? [])
    const c = median(results.compromise[r]?.seconds ?? [])
    console.log(
      `  round ${r + 1}: whosaid ${(w * 1000).toFixed(0)} ms/pass, compromise ${(c * 1000).toFixed(0)} ms/pass → ${(c / w).toFixed(1)}×`,
    )
  }
  const perPass = (list: ChildReport[]) => median(list.map((report) => median(report.seconds)))
  const whosaid = perPass(results.whosaid)
  const compromise = perPass(results.compromise)
  const actors = perPass(results.actors)
  const ratios = results.whosaid
    .map((report, r) => median(results.compromise[r]?.seconds ?? []) / median(report.seconds))
    .sort((a, b) => a - b)
  const actorRatios = results.actors.map(
    (report, r) => median(results.compromise[r]?.seconds ?? []) / median(report.seconds),
  )
  const first = results.whosaid[0] as ChildReport
  console.log(
    `whosaid analyze      ${(corpusMB / whosaid).toFixed(2)} MB/s  (${(whosaid * 1000).toFixed(0)} ms per pass, ${first.found} actors)`,
  )
  console.log(
    `compromise entities  ${(corpusMB / compromise).toFixed(2)} MB/s  (${(compromise * 1000).toFixed(0)} ms per pass, ${results.compromise[0]?.found} names)`,
  )
  console.log(
    `  parse + actors only ${(corpusMB / actors).toFixed(2)} MB/s  (${(actors * 1000).toFixed(0)} ms per pass)`,
  )
  console.log(
    `ratio                ${median(ratios).toFixed(1)}× compromise (analyze; median of the rounds, ${(ratios[0] as number).toFixed(1)}–${(ratios.at(-1) as number).toFixed(1)}×)`,
  )
  console.log(`ratio                ${median(actorRatios).toFixed(1)}× compromise (parse + actors)`)
  console.log(`first call (module and model load + one short text) ${first.firstCallMs.toFixed(0)} ms`)
  console.log('\nlinearity (one text, repeated)')
  for (const { factor, mb, ms } of first.linearity ?? []) {
    console.log(
      `${String(factor).padStart(2)}×  ${mb.toFixed(2)} MB  ${ms.toFixed(0)} ms  ${(ms / mb).toFixed(0)} ms/MB`,
    )
  }
  console.log(
    `\npeak RSS of the analyze process ${median(results.whosaid.map((r) => r.peakRssMB)).toFixed(0)} MB (compromise's ${median(results.compromise.map((r) => r.peakRssMB)).toFixed(0)} MB)`,
  )
}

await main()
