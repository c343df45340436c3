// Throughput of the full `analyze` on the PolNeAR dev texts next to compromise's people()/places()/
// organizations() on the same texts, in the same run, peak memory, and whether the cost per MB stays flat as one
// text grows 1×, 4×, 16×, and the memory of `analyze` alone per input byte. Usage: npm run bench [-- --rounds 7]
// [-- --memory-only | --speed-only | --stages] [-- --ingest MB]
//
// Stages (--stages): the time of each stage of `analyze` (parse, language, actors, statements) on the dev texts, in
// one process, the least and the median of the rounds. A CPU profile's self times mislead on this flat profile (its
// sampling slows the hot loops unevenly, and inlined functions' time goes to their callers); this is what a stage
// costs as `analyze` runs it.
//
// Memory: for 1, 4 and 16 MB of news (the dev texts concatenated, repeated), a fresh child process reads the text,
// loads analyze and warms it on a short text, notes its RSS, runs `analyze` once, and reports its peak RSS above
// that start divided by the input bytes (the figure of the bar: under 40), and its peak above that of the same steps
// on one short article; what the engine's spaces had grown by at the heap's peak during the call (young generation,
// old space, compiled code, large objects, external memory; read by V8's GC profiler before each collection, not
// after the call returned, when the garbage is gone) and the live data after the last full collection; then the peak that each byte from 4 to 16 MB adds, which leaves out what the engine
// holds whatever the size (its young generation, compiled code, the caches and models filled on first use). It does
// so twice: as a library user calls `analyze` (the main thread, V8's defaults: a long run grows the young generation
// from a few MB to ~130 MB of semi-spaces), and as whosaid's CLI and API run it (a worker thread whose young
// generation is capped at the server's YOUNG_GENERATION_MB). Each size is run again after a warm-up on one section
// of news (a text that reaches every stage), which prints that fixed share and the peak above it. The speed run
// times the capped thread beside the main thread, so the cap's cost is measured too.
//
// Ingest (--ingest MB): the CLI's `whosaid ingest` of one text of MB MB into a fresh embedded store (PGlite) with
// one analysis thread, in a process of its own: its peak RSS (threads included) per input byte, and above the peak
// of ingesting one short article into the same store.
//
// Each contender lives in a child process of its own (a fresh heap: one library's garbage and heap growth do not
// weigh on the other's passes) and warms up with one untimed pass. Then the parent asks for one pass at a time,
// alternating: whosaid, compromise, whosaid, compromise, …, whosaid. Each compromise pass is compared with the
// whosaid passes just before and after it, made under the same load a few seconds apart, and the ratio printed is
// the median of these rounds, with their range: this machine is shared, so absolute figures vary with its load.
import { type ChildProcess, fork, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { GCProfiler, getHeapSpaceStatistics } from 'node:v8'
import { isMainThread, parentPort, Worker } from 'node:worker_threads'
import { readScriptArgs } from './script-args.ts'

const values = readScriptArgs(
  'usage: bench [--rounds N] [--speed-only | --memory-only] [--stages] [--warm-up short|long]',
  {
    rounds: { type: 'string', default: '7' },
    child: { type: 'string' },
    'memory-only': { type: 'boolean', default: false },
    memory: { type: 'string' },
    'warm-up': { type: 'string', default: 'short' },
    young: { type: 'string' },
    ingest: { type: 'string' },
    'speed-only': { type: 'boolean', default: false },
    stages: { type: 'boolean', default: false },
  },
)
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

/** What a child answers: one pass, or its closing facts. */
type Answer =
  | { kind: 'ready'; firstCallMs: number; importMs: number }
  | { kind: 'pass'; seconds: number; found: number }
  | { kind: 'done'; peakRssMB: number; linearity: { factor: number; mb: number; ms: number }[] }

/** Inside a child: loads one contender, warms it up with one pass, then runs a pass each time it is asked. */
async function runChild(name: string): Promise<void> {
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
  const importMs = performance.now() - started
  work('Warm-up: Russia said it would talk to the United States.')
  const firstCallMs = performance.now() - started
  for (const text of texts) work(text)
  const answer = (message: Answer) => (parentPort ? parentPort.postMessage(message) : process.send?.(message))
  answer({ kind: 'ready', firstCallMs, importMs })
  ;(parentPort ?? process).on('message', (message: string) => {
    if (message === 'pass') {
      let found = 0
      const start = performance.now()
      for (const text of texts) found += work(text)
      answer({ kind: 'pass', seconds: (performance.now() - start) / 1000, found })
    } else {
      answer({
        kind: 'done',
        peakRssMB: process.resourceUsage().maxRSS / 1024,
        linearity: linear ? linearity(linear) : [],
      })
      if (parentPort) parentPort.close()
      else process.disconnect()
    }
  })
}

/** Cost of one text made of the corpus's first ~100 kB, repeated 1×, 4× and 16×: flat ms per MB means linear. */
function linearity(run: (text: string) => unknown): { factor: number; mb: number; ms: number }[] {
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

/** A contender in its child process, asked for one answer at a time. */
class Contender {
  private readonly child: ChildProcess
  private readonly answers: Answer[] = []
  private waiting: ((answer: Answer) => void) | null = null

  /** `youngMb`: run in a worker thread with that young generation, as whosaid's CLI and API run `analyze`. */
  constructor(name: string, youngMb?: number) {
    const thread = youngMb === undefined ? [] : ['--young', String(youngMb)]
    this.child = fork(fileURLToPath(import.meta.url), ['--child', name, ...thread], { stdio: 'inherit' })
    this.child.on('message', (answer: Answer) => {
      if (this.waiting) {
        const resolve = this.waiting
        this.waiting = null
        resolve(answer)
      } else this.answers.push(answer)
    })
  }

  /** The next answer, after sending `message` if given. */
  next<Kind extends Answer['kind']>(kind: Kind, message?: string): Promise<Extract<Answer, { kind: Kind }>> {
    if (message) this.child.send(message)
    const queued = this.answers.shift()
    const answer = queued
      ? Promise.resolve(queued)
      : new Promise<Answer>((resolve) => {
          this.waiting = resolve
        })
    return answer.then((a) => {
      if (a.kind !== kind) throw new Error(`expected ${kind}, got ${a.kind}`)
      return a as Extract<Answer, { kind: Kind }>
    })
  }
}

/** How a memory child warms `analyze` up before its start is taken. */
type WarmUp = 'short' | 'section'

/** The bar of issue 18 (item 14): `analyze` under 40 bytes of peak per input byte. */
const BAR_BYTES_PER_BYTE = 40

/**
 * The young generation of whosaid's analysis threads, in MB: `YOUNG_GENERATION_MB` of `@whosaid/server`, which the
 * CLI's pool uses too (core cannot import it: the server depends on core).
 */
const PRODUCT_YOUNG_MB = 16

/** Where `analyze` runs: on the main thread with V8's defaults (a library user), or as the CLI and API run it. */
type Host = { name: 'library' } | { name: 'thread'; youngMb: number }

/** The engine's spaces, physical bytes (external: memory outside the heap that JS objects hold, such as buffers). */
type Spaces = { young: number; old: number; code: number; large: number; external: number }

/** What a memory child answers, in bytes. */
type MemoryFacts = {
  inputBytes: number
  startRss: number
  peakRss: number
  found: number
  start: Spaces
  /**
   * The spaces at the heap's peak during the call: the largest heap V8 held just before one of its collections, or
   * as the call returned if that was larger (the heap only shrinks at a collection, so its peak is one of these).
   */
  peak: Spaces
  /** The heap used after the call's last full (mark-compact) collection: the live data then; 0 if there was none. */
  liveAfterFullGc: number
}

/** One space's size as V8 reports it, either naming (getHeapSpaceStatistics' or the GC profiler's). */
type SpaceSize = { name: string; physical: number }

function spacesOf(list: readonly SpaceSize[], external: number): Spaces {
  const size = (...names: string[]) =>
    list.filter((space) => names.includes(space.name)).reduce((n, space) => n + space.physical, 0)
  return {
    young: size('new_space', 'new_large_object_space'),
    old: size('old_space', 'trusted_space'),
    code: size('code_space', 'code_large_object_space'),
    large: size('large_object_space', 'trusted_large_object_space'),
    external,
  }
}

function spacesNow(): Spaces {
  const list = getHeapSpaceStatistics().map((space) => ({
    name: space.space_name,
    physical: space.physical_space_size,
  }))
  return spacesOf(list, process.memoryUsage().external)
}

const heapOf = (spaces: Spaces) => spaces.young + spaces.old + spaces.code + spaces.large

/** Runs `work` under V8's GC profiler: the spaces at the heap's peak, and the live data after its last full collection. */
function profileHeap<T>(work: () => T): { result: T; peak: Spaces; liveAfterFullGc: number } {
  const profiler = new GCProfiler()
  profiler.start()
  const result = work()
  const end = spacesNow()
  const collections = profiler.stop()?.statistics ?? []
  let peak = end
  let liveAfterFullGc = 0
  for (const gc of collections) {
    const list = gc.beforeGC.heapSpaceStatistics.map((space) => ({
      name: space.spaceName,
      physical: space.physicalSpaceSize,
    }))
    const before = spacesOf(list, gc.beforeGC.heapStatistics.externalMemory)
    if (heapOf(before) > heapOf(peak)) peak = before
    if (gc.gcType === 'MarkSweepCompact') liveAfterFullGc = gc.afterGC.heapStatistics.usedHeapSize
  }
  return { result, peak, liveAfterFullGc }
}

/**
 * Inside a child (or its analysis thread): `analyze` once on `mb` MB of news, answering its peak RSS and the engine's
 * spaces before and after. The start is taken after a warm-up on one short article (`short`), or on one section of
 * news (`section`: SECTION_CHARS characters, a text that reaches every stage and that grows the engine's young
 * generation as any long text does).
 */
async function runMemoryChild(mb: number, warmUp: WarmUp): Promise<void> {
  const { analyze, SECTION_CHARS } = await import('../src/index.ts')
  const text = mb > 0 ? newsOf(mb) : (texts[0] as string)
  const inputBytes = Buffer.byteLength(text)
  analyze(
    warmUp === 'section'
      ? texts.join('\n\n').slice(0, SECTION_CHARS)
      : 'Warm-up: Russia said it would talk to the United States.',
  )
  // The text's building garbage collected first, so that the start is what the process holds before analyze.
  ;(globalThis as { gc?: () => void }).gc?.()
  const startRss = process.memoryUsage.rss()
  const start = spacesNow()
  const { result: found, peak, liveAfterFullGc } = profileHeap(() => analyze(text).actors.length)
  const peakRss = process.resourceUsage().maxRSS * 1024
  const facts: MemoryFacts = { inputBytes, startRss, peakRss, found, start, peak, liveAfterFullGc }
  if (parentPort) parentPort.postMessage(facts)
  else process.send?.(facts)
}

/**
 * In a child asked for `--young MB`: runs the same child's work in a worker thread with that young generation, as
 * whosaid's analysis threads run `analyze`, and relays the messages both ways.
 */
function relayFromThread(youngMb: number): void {
  const worker = new Worker(fileURLToPath(import.meta.url), {
    argv: process.argv.slice(2).filter((arg, i, all) => arg !== '--young' && all[i - 1] !== '--young'),
    resourceLimits: { maxYoungGenerationSizeMb: youngMb },
  })
  worker.on('message', (message: unknown) => process.send?.(message as Answer))
  process.on('message', (message: unknown) => worker.postMessage(message))
  worker.once('exit', () => process.disconnect())
  worker.once('error', (error) => {
    throw error
  })
}

/** Runs a memory child for `mb` MB (0: one short article) after `warmUp`, in a fresh process, on `host`. */
async function memoryChild(mb: number, warmUp: WarmUp, host: Host): Promise<MemoryFacts> {
  const thread = host.name === 'thread' ? ['--young', String(host.youngMb)] : []
  const child = fork(
    fileURLToPath(import.meta.url),
    ['--memory', String(mb), '--warm-up', warmUp, ...thread],
    { stdio: 'inherit', execArgv: [...process.execArgv, '--expose-gc'] },
  )
  const facts = await new Promise<MemoryFacts>((resolve, reject) => {
    child.once('message', resolve as (message: unknown) => void)
    child.once('exit', (code) => reject(new Error(`memory child for ${mb} MB exited with ${code}`)))
  })
  child.kill()
  return facts
}

/** A figure against the bar, said plainly. */
function verdict(bytesPerByte: number): string {
  return bytesPerByte < BAR_BYTES_PER_BYTE
    ? `meets the bar (< ${BAR_BYTES_PER_BYTE})`
    : `DOES NOT meet the bar (< ${BAR_BYTES_PER_BYTE})`
}

/**
 * `analyze` alone, each size in a fresh child, on each host: peak RSS above the start per input byte (the figure the
 * bar is about), and above the peak of the same steps on one short article; what the engine's spaces had grown by at
 * the heap's peak during the call (young generation, old space, compiled code, large objects, external memory such
 * as typed arrays) and the live data after its last full collection;
 * then the peak above a start taken after a warm-up on one section of news: what is left once the engine's fixed
 * share (the young generation V8 grows on any long run, code compiled for every stage, caches) is paid.
 */
async function memory(): Promise<void> {
  const MB = (bytes: number) => (bytes / 1e6).toFixed(0)
  const perByte = (bytes: number, facts: MemoryFacts) => (bytes / facts.inputBytes).toFixed(1)
  const hosts: { host: Host; title: string }[] = [
    {
      host: { name: 'library' },
      title: 'analyze as a library user calls it: main thread, V8 defaults',
    },
    {
      host: { name: 'thread', youngMb: PRODUCT_YOUNG_MB },
      title: `analyze as whosaid's CLI and API run it: a worker thread, young generation capped at ${PRODUCT_YOUNG_MB} MB`,
    },
  ]
  const verdicts: { label: string; figure: number }[] = []
  for (const { host, title } of hosts) {
    console.log(
      `\nmemory, ${title} (a fresh process per size; peak RSS above its start per input byte; ${load()})`,
    )
    const peaks: MemoryFacts[] = []
    const shortPeak = (await memoryChild(0, 'short', host)).peakRss
    console.log(`short article  peak ${MB(shortPeak)} MB`)
    for (const mb of [1, 4, 16]) {
      const facts = await memoryChild(mb, 'short', host)
      const above = Math.max(0, facts.peakRss - facts.startRss)
      const aboveShort = Math.max(0, facts.peakRss - shortPeak)
      const grew = (space: keyof Spaces) => MB(facts.peak[space] - facts.start[space])
      console.log(
        `${String(mb).padStart(2)} MB  peak ${MB(facts.peakRss)} MB, ${MB(above)} MB above start  ${perByte(above, facts)} bytes per input byte: ${verdict(above / facts.inputBytes)}; ${perByte(aboveShort, facts)} above a short article's peak  (${facts.found} actors)`,
      )
      console.log(
        `       grown by the heap's peak (MB): young generation ${grew('young')} (to ${MB(facts.peak.young)}), old space ${grew('old')}, code ${grew('code')}, large objects ${grew('large')}, external ${grew('external')}; live after the last full GC ${MB(facts.liveAfterFullGc)}`,
      )
      verdicts.push({
        label: `${host.name.padEnd(7)} ${String(mb).padStart(2)} MB`,
        figure: above / facts.inputBytes,
      })
      peaks.push(facts)
    }
    // What each further byte costs, the engine's fixed share (its young generation, code, models) left out.
    const [, four, sixteen] = peaks
    if (four && sixteen)
      console.log(
        `4 → 16 MB  ${((sixteen.peakRss - four.peakRss) / (sixteen.inputBytes - four.inputBytes)).toFixed(1)} bytes of peak per further input byte`,
      )
    console.log(
      'after a warm-up on one section of news (every stage reached): the fixed share, and the peak above it',
    )
    for (const [k, mb] of [1, 4, 16].entries()) {
      const facts = await memoryChild(mb, 'section', host)
      const fixed = Math.max(0, facts.startRss - (peaks[k] as MemoryFacts).startRss)
      const above = Math.max(0, facts.peakRss - facts.startRss)
      console.log(
        `${String(mb).padStart(2)} MB  start ${MB(facts.startRss)} MB (${MB(fixed)} MB above the short warm-up's start), peak ${MB(facts.peakRss)} MB, ${MB(above)} MB above start  ${perByte(above, facts)} bytes per input byte`,
      )
    }
  }
  console.log(
    `\nbar: analyze under ${BAR_BYTES_PER_BYTE} bytes of peak above its start per input byte (issue 18 item 14)\n${verdicts.map(({ label, figure }) => `  ${label}  ${figure.toFixed(1)}  ${verdict(figure)}`).join('\n')}`,
  )
}

/** News of about `mb` MB: the dev texts concatenated, repeated. */
function newsOf(mb: number): string {
  const corpus = texts.join('\n\n')
  let text = corpus
  while (Buffer.byteLength(text) < mb * 1e6) text += `\n\n${corpus}`
  return text.slice(0, mb * 1e6)
}

// Loaded before the CLI: prints the process's peak RSS (worker threads included) in kB as it exits.
const PEAK_ON_EXIT = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, '\\npeak-rss ' + process.resourceUsage().maxRSS + '\\n'))",
)}`

/** Runs `whosaid ingest` of one file into the embedded store at `data`, one analysis thread: its peak RSS in bytes. */
function ingestPeak(file: string, data: string): Promise<number> {
  const cli = fileURLToPath(new URL('../../cli/bin/whosaid.js', import.meta.url))
  const args = ['--import', PEAK_ON_EXIT, cli, 'ingest', '--json', '--data', data, '--threads', '1']
  const child = spawn(process.execPath, [...args, '--max-bytes', '1000000000', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk) => {
    out += chunk
  })
  child.stderr.on('data', (chunk) => {
    err += chunk
  })
  return new Promise((resolve, reject) => {
    child.on('close', () => {
      const peak = /peak-rss (\d+)/.exec(err)
      const summary = JSON.parse(out || '{}') as { failed?: number; failures?: unknown[] }
      if (!peak || summary.failed !== 0)
        reject(new Error(`ingest of ${file} failed: ${JSON.stringify(summary.failures ?? err)}`))
      else resolve(Number(peak[1]) * 1024)
    })
  })
}

/**
 * The CLI's `ingest` of one `mb` MB text into a fresh embedded store (PGlite), one analysis thread: the whole
 * process's peak RSS per input byte, and its peak above that of ingesting a short article into the same store (the
 * store, the models and the threads, which every ingest holds whatever its size).
 */
async function ingestMemory(mb: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-'))
  try {
    const data = join(dir, 'store')
    const first = join(dir, 'first.txt')
    const short = join(dir, 'short.txt')
    const long = join(dir, 'long.txt')
    writeFileSync(first, texts[0] as string)
    writeFileSync(short, texts[1] as string)
    writeFileSync(long, newsOf(mb))
    const inputBytes = Buffer.byteLength(readFileSync(long))
    console.log(
      `\nCLI ingest of ${(inputBytes / 1e6).toFixed(1)} MB into a fresh PGlite store, one analysis thread`,
    )
    await ingestPeak(first, data) // creates the store
    // Another article than the first: one already stored is answered from the store, with no analysis thread.
    const base = await ingestPeak(short, data)
    const peak = await ingestPeak(long, data)
    console.log(
      `short article  peak ${(base / 1e6).toFixed(0)} MB (store, models, thread)\n${String(mb).padStart(2)} MB text    peak ${(peak / 1e6).toFixed(0)} MB  ${(peak / inputBytes).toFixed(1)} bytes per input byte, ${((peak - base) / inputBytes).toFixed(1)} above the short article's peak`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The load average over the last minute: the machine is shared, and every figure depends on it. */
function load(): string {
  return `load ${(loadavg()[0] as number).toFixed(1)}`
}

/**
 * Each stage of `analyze` on the dev texts, timed as `analyze` runs them (one article through every stage, then the
 * next), and alone (one stage over every article, then the next stage): where a stage takes much longer inside
 * `analyze` than alone, what it pays for is the others' garbage and their evictions from the caches, not its own work.
 */
async function stages(rounds: number): Promise<void> {
  const { parseArticle } = await import('../src/parse/index.ts')
  const { identifyLanguage } = await import('../src/parse/language.ts')
  const { extractActors } = await import('../src/extract/actors/index.ts')
  const { extractStatements } = await import('../src/extract/statements/index.ts')
  type Stage = 'parse' | 'language' | 'actors' | 'statements'
  const names: readonly Stage[] = ['parse', 'language', 'actors', 'statements']
  const inside = new Map<Stage, number[]>(names.map((name) => [name, []]))
  const alone = new Map<Stage, number[]>(names.map((name) => [name, []]))
  const parsed = texts.map((text) => parseArticle(text))
  const found = parsed.map((article) => extractActors(article))
  const bodies = texts.map((text, k) => text.slice(parsed[k]?.body.start, parsed[k]?.body.end))
  const runAlone: Record<Stage, () => void> = {
    parse: () => {
      for (const text of texts) parseArticle(text)
    },
    language: () => {
      for (const body of bodies) identifyLanguage(body)
    },
    actors: () => {
      for (const article of parsed) extractActors(article)
    },
    statements: () => {
      for (const [k, article] of parsed.entries()) extractStatements(article, found[k] ?? [])
    },
  }
  // Round 0 warms up.
  for (let r = 0; r <= rounds; r++) {
    const round = new Map<Stage, number>(names.map((name) => [name, 0]))
    const add = (name: Stage, ms: number) => round.set(name, (round.get(name) ?? 0) + ms)
    for (const text of texts) {
      const t0 = performance.now()
      const article = parseArticle(text)
      const t1 = performance.now()
      identifyLanguage(text.slice(article.body.start, article.body.end))
      const t2 = performance.now()
      const actors = extractActors(article)
      const t3 = performance.now()
      extractStatements(article, actors)
      const t4 = performance.now()
      add('parse', t1 - t0)
      add('language', t2 - t1)
      add('actors', t3 - t2)
      add('statements', t4 - t3)
    }
    for (const name of names) {
      const start = performance.now()
      runAlone[name]()
      if (r > 0) alone.get(name)?.push(performance.now() - start)
      if (r > 0) inside.get(name)?.push(round.get(name) ?? 0)
    }
  }
  console.log(`stages on the PolNeAR dev texts, ms per pass, least / median of ${rounds} rounds (${load()})`)
  console.log('             inside analyze     alone')
  const figures = (list: readonly number[]) =>
    `${Math.min(...list)
      .toFixed(0)
      .padStart(5)} / ${median(list).toFixed(0).padEnd(5)}`
  for (const name of names)
    console.log(
      `${name.padEnd(11)}  ${figures(inside.get(name) ?? [0])}      ${figures(alone.get(name) ?? [0])}`,
    )
}

async function main(): Promise<void> {
  // A child asked for a capped young generation runs its work in a worker thread, as whosaid's CLI and API do.
  if ((values.child || values.memory) && values.young && isMainThread)
    return relayFromThread(Number(values.young))
  if (values.child) return runChild(values.child)
  if (values.stages) return stages(Math.max(1, Number(values.rounds)))
  if (values.memory)
    return runMemoryChild(Number(values.memory), values['warm-up'] === 'section' ? 'section' : 'short')
  if (values.ingest) return ingestMemory(Number(values.ingest))
  if (values['memory-only']) return memory()
  const rounds = Math.max(1, Number(values.rounds))
  console.log(
    `PolNeAR dev: ${texts.length} texts, ${corpusMB.toFixed(3)} MB; each contender in its own process, one warm-up pass, then ${rounds} rounds of alternating passes (${load()})`,
  )
  // Started one after another, so that the first call is timed on a machine the others leave alone.
  const whosaid = new Contender('whosaid')
  const firstCall = await whosaid.next('ready')
  const compromise = new Contender('compromise')
  await compromise.next('ready')
  const actors = new Contender('actors')
  await actors.next('ready')
  const capped = new Contender('whosaid', PRODUCT_YOUNG_MB)
  await capped.next('ready')
  const w: number[] = [(await whosaid.next('pass', 'pass')).seconds]
  const c: number[] = []
  const a: number[] = []
  const t: number[] = []
  let found = { whosaid: 0, compromise: 0 }
  for (let r = 0; r < rounds; r++) {
    const cPass = await compromise.next('pass', 'pass')
    const wPass = await whosaid.next('pass', 'pass')
    a.push((await actors.next('pass', 'pass')).seconds)
    t.push((await capped.next('pass', 'pass')).seconds)
    c.push(cPass.seconds)
    w.push(wPass.seconds)
    found = { whosaid: wPass.found, compromise: cPass.found }
  }
  // Round r: compromise pass r against the mean of the whosaid passes on either side of it.
  const ratios = c.map((seconds, r) => seconds / (((w[r] as number) + (w[r + 1] as number)) / 2))
  const actorRatios = c.map((seconds, r) => seconds / (a[r] as number))
  // Round r: the capped thread's pass against the main thread's passes on either side of it.
  const capCosts = t.map(
    (seconds, r) => seconds / (((w[r + 1] as number) + (w[r + 2] ?? (w[r + 1] as number))) / 2),
  )
  const whosaidDone = await whosaid.next('done', 'done')
  const compromiseDone = await compromise.next('done', 'done')
  await actors.next('done', 'done')
  await capped.next('done', 'done')
  const sorted = [...ratios].sort((x, y) => x - y)
  const perPass = (list: number[]) =>
    `${(corpusMB / median(list)).toFixed(2)} MB/s  (${(median(list) * 1000).toFixed(0)} ms per pass`
  console.log(`whosaid analyze      ${perPass(w)}, ${found.whosaid} actors)`)
  console.log(`compromise entities  ${perPass(c)}, ${found.compromise} names)`)
  console.log(`  parse + actors only ${perPass(a)})`)
  console.log(
    `ratio                ${median(ratios).toFixed(1)}× compromise (analyze; median of ${rounds} rounds, ${(sorted[0] as number).toFixed(1)}–${(sorted.at(-1) as number).toFixed(1)}×; ${load()})`,
  )
  console.log(`ratio                ${median(actorRatios).toFixed(1)}× compromise (parse + actors)`)
  const costs = [...capCosts].sort((x, y) => x - y)
  console.log(
    `analyze in a thread with a ${PRODUCT_YOUNG_MB} MB young generation (as the CLI and API run it)  ${perPass(t)}); ${median(capCosts).toFixed(2)}× the main thread's time per pass (median of ${rounds} rounds, ${(costs[0] as number).toFixed(2)}–${(costs.at(-1) as number).toFixed(2)}×)`,
  )
  console.log(
    `first call (module and model load + one short text) ${firstCall.firstCallMs.toFixed(0)} ms (import ${firstCall.importMs.toFixed(0)} ms, of which stripping the types of the .ts sources, which a built package does not do)`,
  )
  console.log('\nlinearity (one text, repeated)')
  for (const { factor, mb, ms } of whosaidDone.linearity) {
    console.log(
      `${String(factor).padStart(2)}×  ${mb.toFixed(2)} MB  ${ms.toFixed(0)} ms  ${(ms / mb).toFixed(0)} ms/MB`,
    )
  }
  console.log(
    `\npeak RSS of the analyze process ${whosaidDone.peakRssMB.toFixed(0)} MB (compromise's ${compromiseDone.peakRssMB.toFixed(0)} MB)`,
  )
  if (!values['speed-only']) await memory()
}

await main()
