// `npm run bench:health`: how long `GET /healthz` takes while the API analyzes a 10 MB article (issue: a large
// analysis must not hold up the event loop). The server runs as a child process of its own, as `whosaid serve`
// runs it (analyses on a pool of worker threads, an embedded store in a temporary folder); this process polls
// /healthz every 20 ms, first with the server idle, then while a 10 MB text is posted to `POST /v1/articles` with
// the write token by a third process (so that sending it never stops the polling one) (analyzed, then stored; `POST /v1/analyze` takes at most 1 MB). A benchmark, not a test: it
// prints figures and checks nothing.
//
//   npm run bench:health -w @whosaid/api -- [--mb 10] [--runs 3] [--every 20] [--time-limit 600]
//     [--backends pglite,postgres] [--paths /v1/articles,/v1/analyze] [--database-url URL]
//     [--gaps] [--profile DIR] [--exclude FILE]
//
// Every backend and route of the lists is measured in each run, each in a server of its own (`--path P` is one
// route; /v1/analyze's 1 MB limit is raised to the body limit here). PostgreSQL is a private cluster started for
// the bench (scripts/pg-cluster.sh's), or with --database-url that server (it must be empty or a whosaid store;
// use a throwaway one). Besides the polls, the server measures its own event loop's delay while the POST runs
// (perf_hooks' monitorEventLoopDelay, 10 ms resolution): its p99 and max tell the server's stops from the
// polling client's and the machine's. The server's peak resident memory (worker threads included) is printed per
// input byte. /openapi.json, which reads no database, is polled
// beside /healthz, to tell a blocked event loop from a database that is busy. --time-limit is the server's limit on
// one analysis, in seconds (default 600: a 10 MB text on a loaded machine takes minutes; the API's own default is
// 60 s, and a POST that goes over it answers 422 without storing anything).
// --gaps prints each stop of the server's event loop over 50 ms; --profile DIR writes the server's CPU profiles
// (--cpu-prof, one per thread) to DIR, where a stop's end time finds what ran in it.
// The text is the BBC news articles of ../shared/data/bbc-news concatenated and repeated to the size (without the
// sources listed in --exclude FILE, paths under the data folder one a line: an evaluation's kept-back articles). Each phase
// runs `--runs` times; the table shows each figure's median over the runs. The machine is shared: compare the
// busy latencies with the idle ones of the same run, not with another day's.
import { type ChildProcess, fork } from 'node:child_process'
import { subscribe } from 'node:diagnostics_channel'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { openStore } from '@whosaid/store'
import { median, startTestCluster, type TestCluster } from '@whosaid/store/testing'
import { DEFAULT_BODY_LIMIT } from '../src/app.ts'
import { GC_FLAG } from '../src/gc-tuning.ts'
import { serve } from '../src/node.ts'
import { blameLine, type Stretch } from './slow-poll-blame.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mb: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    every: { type: 'string', default: '20' },
    'time-limit': { type: 'string', default: '600' },
    child: { type: 'string' },
    poster: { type: 'string' },
    'database-url': { type: 'string' },
    gaps: { type: 'boolean', default: false },
    profile: { type: 'string' },
    exclude: { type: 'string' },
    path: { type: 'string' },
    paths: { type: 'string', default: '/v1/articles,/v1/analyze' },
    backends: { type: 'string', default: 'pglite,postgres' },
  },
})
const TOKEN = 'bench-health-token-0123456789'
const NEWS = fileURLToPath(new URL('../../../../shared/data/bbc-news/news', import.meta.url))

/** In the child: the API over an embedded store in `dir` (or PostgreSQL), analyses on one worker thread. */
async function runServer(dir: string): Promise<void> {
  const databaseUrl = values['database-url']
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: dir, thread: true })
  const server = await serve({
    store,
    port: 0,
    host: '127.0.0.1',
    token: TOKEN,
    analysisPool: { threads: 1, timeLimitMs: Number(values['time-limit']) * 1000 },
    // `--path /v1/analyze` with a text over its 1 MB default: the body limit (10 MiB) is the one that applies.
    analyzeLimit: DEFAULT_BODY_LIMIT,
  })
  if (values.gaps) {
    logGaps('gap', (gap) => process.send?.({ gap }))
    sendSlowHandlings()
  }
  // The event loop's delay while the POST runs: the bench asks for it to start and for its figures at the end.
  const delay = monitorEventLoopDelay({ resolution: 10 })
  process.on('message', (message: { loop?: 'start' | 'stop' }) => {
    if (message.loop === 'start') delay.enable()
    if (message.loop !== 'stop') return
    delay.disable()
    process.send?.({ loop: { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 } })
    delay.reset()
  })
  process.send?.({ url: server.url })
  process.once('SIGTERM', () => {
    // The server's peak resident memory, worker threads included (maxRSS is in KiB).
    process.send?.({ peakRssBytes: process.resourceUsage().maxRSS * 1024 })
    server
      .close()
      .then(() => store.close())
      .finally(() => process.exit(0))
  })
}

/**
 * With `--gaps`, in the server and in this measuring process (`label` "client gap"): prints each stop of its event
 * loop over 50 ms, as the gap between two ticks of a 5 ms timer, with its end on the clock of `--cpu-prof`'s
 * profiles (microseconds of process.hrtime, one clock for both processes), to find it there, and in milliseconds
 * since the process started (the clock of `--trace-gc`'s lines). A slow GET whose time no gap of either explains
 * was spent between them (the kernel, the sockets).
 */
function logGaps(label = 'gap', onGap?: (gap: Stretch) => void): void {
  let last = process.hrtime.bigint()
  setInterval(() => {
    const now = process.hrtime.bigint()
    const ms = Number(now - last) / 1e6
    if (ms > 50) {
      console.log(
        `${label} ${ms.toFixed(0)} ms ending at ${now / 1000n} µs (${performance.now().toFixed(0)} ms)`,
      )
      onGap?.({ startUs: Number(last / 1000n), endUs: Number(now / 1000n) })
    }
    last = now
  }, 5).unref()
}

/**
 * With `--gaps`, in the server: sends the bench each request the server took over 50 ms to handle, from its
 * parse to its answer's end (node:http's diagnostics channels), so that a slow poll can be told apart (slow-poll-blame.ts).
 */
function sendSlowHandlings(): void {
  const started = new WeakMap<object, bigint>()
  subscribe('http.server.request.start', (message) => {
    started.set((message as { request: object }).request, process.hrtime.bigint())
  })
  subscribe('http.server.response.finish', (message) => {
    const { request } = message as { request: { url?: string } }
    const start = started.get(request)
    const end = process.hrtime.bigint()
    if (start === undefined || Number(end - start) / 1e6 <= 50) return
    const handled: Stretch = { startUs: Number(start / 1000n), endUs: Number(end / 1000n) }
    process.send?.({ handled: { ...handled, path: request.url ?? '' } })
  })
}

/** The sources (paths under the data folder, one a line) that `--exclude FILE` keeps out of the text. */
function excluded(): Set<string> {
  const file = values.exclude
  return new Set(file ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [])
}

/** News of about `mb` MB: every BBC article (but those `--exclude` lists), concatenated and repeated. */
function newsOf(mb: number): string {
  const texts: string[] = []
  const skip = excluded()
  for (const category of readdirSync(NEWS).sort())
    for (const file of readdirSync(join(NEWS, category)).sort())
      if (!skip.has(`bbc-news/news/${category}/${file}`))
        texts.push(readFileSync(join(NEWS, category, file), 'utf8'))
  const corpus = texts.join('\n\n')
  let text = corpus
  while (text.length < mb * 1e6) text += `\n\n${corpus}`
  return text.slice(0, mb * 1e6)
}

/** The client's slow polls (over 100 ms) and the stops of its own event loop, with `--gaps`. */
const slowPolls: (Stretch & { path: string })[] = []
const clientGaps: Stretch[] = []

/** Milliseconds one GET of `path` takes, on a connection of its own; a failed GET counts as never answered. */
async function getOnce(url: string, path: string): Promise<number> {
  const start = performance.now()
  try {
    const response = await fetch(`${url}${path}`, { headers: { connection: 'close' } })
    await response.arrayBuffer()
    const ms = performance.now() - start
    if (values.gaps && ms > 100) {
      const endUs = Number(process.hrtime.bigint() / 1000n)
      console.log(`slow GET ${path} ${ms.toFixed(0)} ms ending at ${endUs} µs`)
      slowPolls.push({ path, startUs: endUs - Math.round(ms * 1000), endUs })
    }
    return response.ok ? ms : Number.POSITIVE_INFINITY
  } catch {
    return Number.POSITIVE_INFINITY
  }
}

/** GET `path` every `every` ms until `until` settles (or `count` times when there is none): each one's latency. */
async function poll(url: string, path: string, every: number, until: Promise<unknown> | null, count = 100) {
  const latencies: number[] = []
  let settled = false
  const done = () => {
    settled = true
  }
  until?.then(done, done)
  while (until ? !settled : latencies.length < count) {
    latencies.push(await getOnce(url, path))
    await new Promise((resolve) => setTimeout(resolve, every))
  }
  return latencies
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

type Phase = {
  median: number
  p99: number
  max: number
  over100: number
  count: number
  seconds?: number
  /** The server's own event-loop delay during the POST, in ms (monitorEventLoopDelay). */
  loopP99?: number
  loopMax?: number
}

function summarize(latencies: readonly number[], seconds?: number): Phase {
  const sorted = [...latencies].sort((a, b) => a - b)
  return {
    median: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    over100: sorted.filter((ms) => ms > 100).length,
    count: sorted.length,
    ...(seconds === undefined ? {} : { seconds }),
  }
}

/**
 * In a child of its own (`--poster FILE`): posts the JSON body in FILE to the URL and path that follow it, and sends
 * back the status. The writer is another client than the reader: encoding and sending tens of megabytes stopped
 * the polling process's own event loop for up to 0.2 s, which counted as the server's latency.
 */
async function runPoster(file: string, url: string, path: string): Promise<void> {
  // node:http, not fetch: fetch gives up on a response whose headers take over 300 s (a 10 MB analysis, loaded).
  const body = readFileSync(file)
  const status = await new Promise<number>((resolve) => {
    const request = httpRequest(`${url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    })
    request.on('response', (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    request.on('error', (error) => {
      console.error(`POST ${path} failed: ${String(error)}`)
      resolve(0)
    })
    request.end(body)
  })
  process.send?.({ status })
}

/**
 * Polls /healthz while `path` analyzes the body in `bodyFile` (posted by a child), with the server's event-loop
 * delay measured meanwhile; the POST's status and seconds.
 */
async function during(server: ChildProcess, url: string, path: string, bodyFile: string, every: number) {
  const loop = new Promise<{ p99: number; max: number }>((resolve) => {
    const listener = (message: { loop?: { p99: number; max: number } }) => {
      if (!message.loop) return
      server.off('message', listener)
      resolve(message.loop)
    }
    server.on('message', listener)
  })
  server.send({ loop: 'start' })
  const start = performance.now()
  let status = 0
  const poster = fork(fileURLToPath(import.meta.url), ['--poster', bodyFile, url, path], { stdio: 'inherit' })
  const post = new Promise<void>((resolve) => {
    poster.once('message', (message) => {
      status = (message as { status: number }).status
    })
    poster.once('exit', () => resolve())
  })
  const [health, spec] = await Promise.all([
    poll(url, '/healthz', every, post),
    poll(url, '/openapi.json', every, post),
  ])
  const seconds = (performance.now() - start) / 1000
  server.send({ loop: 'stop' })
  const { p99: loopP99, max: loopMax } = await loop
  return {
    health: { ...summarize(health, seconds), loopP99, loopMax },
    spec: { ...summarize(spec, seconds), loopP99, loopMax },
    status,
  }
}

/** Where a backend's server stores: a temporary folder (PGlite) or the PostgreSQL database of `--database-url`. */
async function databaseOf(backend: string, cluster: () => Promise<TestCluster>): Promise<string | undefined> {
  if (backend === 'pglite') return undefined
  return values['database-url'] ?? (await cluster()).databaseUrl
}

async function main(): Promise<void> {
  const mb = Number(values.mb)
  const runs = Math.max(1, Number(values.runs))
  const every = Number(values.every)
  const text = newsOf(mb)
  if (values.gaps) logGaps('client gap', (gap) => clientGaps.push(gap))
  const backends = String(values.backends).split(',')
  const paths = (values.path ?? String(values.paths)).split(',')
  console.log(
    `/healthz while the API takes ${(text.length / 1e6).toFixed(1)} MB of news at POST ${paths.join(', ')} (stores: ${backends.join(', ')}); ${runs} runs`,
  )
  let started: TestCluster | undefined
  const cluster = async () => {
    started ??= await startTestCluster()
    return started
  }
  const peaks: number[] = []
  const rows = new Map<string, Phase[]>()
  const statuses = new Map<string, number[]>()
  const loads = new Map<string, number[]>()
  const keep = (name: string, phase: Phase, status?: number, load?: number) => {
    rows.set(name, [...(rows.get(name) ?? []), phase])
    if (status !== undefined) statuses.set(name, [...(statuses.get(name) ?? []), status])
    if (load !== undefined) loads.set(name, [...(loads.get(name) ?? []), load])
  }
  try {
    for (let run = 0; run < runs; run++)
      for (const backend of backends)
        for (const path of paths) {
          const databaseUrl = await databaseOf(backend, cluster)
          const peak = await measure({ run, backend, path, databaseUrl, text, every, keep })
          if (peak === undefined) continue
          peaks.push(peak)
          console.log(
            `run ${run + 1}, ${backend}, POST ${path}: server peak RSS ${(peak / 1e6).toFixed(0)} MB, ${(peak / text.length).toFixed(1)} bytes per input byte`,
          )
        }
  } finally {
    await started?.stop()
  }
  const peak = median(peaks)
  console.log(
    `\nserver peak RSS ${(peak / 1e6).toFixed(0)} MB, ${(peak / text.length).toFixed(1)} bytes per input byte (median of ${peaks.length})`,
  )
  console.log(
    '\n| store | GET, while | median ms | p99 ms | max ms | over 100 ms | polls | server loop p99 ms | server loop max ms | POST s | POST status | load (1 min) |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const [name, phases] of rows) {
    const m = (pick: (phase: Phase) => number) => median(phases.map(pick))
    const busy = phases[0]?.seconds !== undefined
    const seconds = busy ? m((phase) => phase.seconds ?? 0).toFixed(1) : ''
    const loop = (pick: (phase: Phase) => number | undefined) =>
      busy ? m((phase) => pick(phase) ?? Number.NaN).toFixed(1) : ''
    console.log(
      `| ${name} | ${m((p) => p.median).toFixed(1)} | ${m((p) => p.p99).toFixed(1)} | ${m((p) => p.max).toFixed(1)} | ${m((p) => p.over100)} | ${m((p) => p.count)} | ${loop((p) => p.loopP99)} | ${loop((p) => p.loopMax)} | ${seconds} | ${(statuses.get(name) ?? []).join(', ')} | ${(loads.get(name) ?? []).map((load) => load.toFixed(1)).join(', ')} |`,
    )
  }
}

/**
 * One run of one backend and route: a server of its own (a child process), polled idle, then while the text is
 * posted to `path`; its rows are kept under "store | GET, while". Answers the server's peak resident memory.
 */
async function measure(options: {
  run: number
  backend: string
  path: string
  databaseUrl: string | undefined
  text: string
  every: number
  keep: (name: string, phase: Phase, status?: number, load?: number) => void
}): Promise<number | undefined> {
  const { run, backend, path, databaseUrl, text, every, keep } = options
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-health-'))
  const args = [
    '--child',
    dir,
    '--time-limit',
    String(values['time-limit']),
    ...(databaseUrl ? ['--database-url', databaseUrl] : []),
    ...(values.gaps ? ['--gaps'] : []),
  ]
  const profile = values.profile ? ['--cpu-prof', '--cpu-prof-dir', values.profile] : []
  // With the V8 flag `npm start` and `whosaid serve` run the server with (src/gc-tuning.ts): their young
  // generation, whose scavenges stop the server's thread for as long as the young objects that survive them.
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), args, {
    stdio: 'inherit',
    execArgv: [...process.execArgv, GC_FLAG, ...profile],
  })
  let peak: number | undefined
  // Known from the start, so that a server that dies while starting is not waited for again.
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    const { url } = await new Promise<{ url: string }>((resolve, reject) => {
      const listener = (message: { url?: string }) => {
        if (message.url === undefined) return
        child.off('message', listener)
        resolve({ url: message.url })
      }
      child.on('message', listener)
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
    })
    const name = (what: string) => `${backend} | ${what}`
    keep(name('/healthz, idle'), summarize(await poll(url, '/healthz', every, null)))
    keep(name('/openapi.json, idle'), summarize(await poll(url, '/openapi.json', every, null)))
    // A text of its own each run (an article stored already is not stored again).
    const bodyFile = join(dir, 'body.json')
    writeFileSync(bodyFile, JSON.stringify({ text: `Run ${run + 1} of ${Date.now()}\n\n${text}` }))
    const load = loadavg()[0] ?? Number.NaN
    // The server's loop stops and slow handlings while the POST runs, and the client's slow polls meanwhile.
    const serverGaps: Stretch[] = []
    const handled: (Stretch & { path: string })[] = []
    child.on('message', (message: { gap?: Stretch; handled?: Stretch & { path: string } }) => {
      if (message.gap) serverGaps.push(message.gap)
      if (message.handled) handled.push(message.handled)
    })
    const firstSlow = slowPolls.length
    const stored = await during(child, url, path, bodyFile, every)
    keep(name(`/healthz, during POST ${path}`), stored.health, stored.status, load)
    keep(name(`/openapi.json, during POST ${path}`), stored.spec, stored.status, load)
    console.log(
      `run ${run + 1}, ${backend}, POST ${path}: ${stored.status} in ${stored.health.seconds?.toFixed(0)} s; /healthz max ${stored.health.max.toFixed(0)} ms, server loop max ${stored.health.loopMax?.toFixed(0)} ms; load ${load.toFixed(1)} → ${loadavg()[0]?.toFixed(1)}`,
    )
    if (values.gaps)
      for (const polled of ['/healthz', '/openapi.json']) {
        const polls = slowPolls.slice(firstSlow).filter((poll) => poll.path === polled)
        const seen = { handled: handled.filter((h) => h.path === polled), serverGaps, clientGaps }
        console.log(`run ${run + 1}, ${backend}, ${polled} during the POST: ${blameLine(polls, seen)}`)
      }
  } finally {
    child.on('message', (message: { peakRssBytes?: number }) => {
      if (message.peakRssBytes !== undefined) peak = message.peakRssBytes
    })
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
    rmSync(dir, { recursive: true, force: true })
  }
  return peak
}

if (values.child) await runServer(values.child)
else if (values.poster) {
  const [url = '', path = ''] = positionals
  await runPoster(values.poster, url, path)
} else await main()
