// `npm run bench:api`: ingest throughput of the PolNeAR train texts into PGlite and PostgreSQL, then read
// throughput and latency (autocannon, 50 connections, 20 s per endpoint) of the API over each, next to a bare
// Hono route in the same server. A benchmark, not a test: it prints figures and checks nothing.
//
//   npm run bench:api -w @whosaid/api -- [--duration 20] [--connections 50] [--runs 3] [--articles 840]
//     [--backends pglite,postgres] [--database-url URL] [--concurrency 4] [--pool 2] [--workers 1] [--tcp]
//
// Each endpoint is loaded `--runs` times; the table shows the median of the runs for each figure, and the
// 1-minute load average when the endpoint's runs began: the machine may be busy with other work, so compare an
// endpoint with the bare route of the same backend rather than with another day's figures.
// `--pool N` sets the server's PostgreSQL pool; `--workers N` serves PostgreSQL from N processes (node:cluster).
// The server and each autocannon run are processes of their own, so that neither one's garbage collector
// lands in the other's figures, nor in this one's (which holds core's models).
//
// Without --database-url, PostgreSQL runs in a private cluster started with scripts/pg-cluster.sh, which the
// server reaches through its Unix socket (`--tcp`: through TCP on loopback).
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import { type Analysis, analyze } from '@whosaid/core'
import { openStore, type Store, storeAnalysis } from '@whosaid/store'
import {
  createTestDatabase,
  median,
  runPooled,
  startTestCluster,
  type TestCluster,
} from '@whosaid/store/testing'
import type autocannon from 'autocannon'
import { startBenchServer } from './bench-child.ts'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    articles: { type: 'string', default: '840' },
    backends: { type: 'string', default: 'pglite,postgres' },
    'database-url': { type: 'string' },
    concurrency: { type: 'string', default: '4' },
    pool: { type: 'string', default: '2' },
    tcp: { type: 'boolean', default: false },
    workers: { type: 'string', default: '1' },
    corpus: {
      type: 'string',
      default: fileURLToPath(new URL('../../../../shared/data/polnear/train/text', import.meta.url)),
    },
  },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const concurrency = Number(values.concurrency)
const runs = Math.max(1, Number(values.runs))
const poolSize = Number(values.pool)
const workers = Math.max(1, Number(values.workers))
const run = promisify(execFile)

/** The PostgreSQL bar of issue 5, in milliseconds of p99 latency. */
const P99_BAR = 25
/** The endpoints the bar is about. */
const BAR_ENDPOINTS = new Set(['GET /v1/actors/{id}/statements', 'GET /v1/statements?q=campaign'])

const AUTOCANNON = fileURLToPath(import.meta.resolve('autocannon'))

/**
 * One autocannon run against a URL, in a process of its own: this one holds core's models and has analyzed
 * the corpus, and its garbage collections would otherwise land in the latencies being measured.
 */
async function load(url: string) {
  const args = [AUTOCANNON, '--json', '-c', String(connections), '-d', String(duration), url]
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 })
  const result = JSON.parse(stdout) as autocannon.Result
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

const files = readdirSync(values.corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, Number(values.articles))
const texts = files.map((name) => readFileSync(join(values.corpus, name), 'utf8'))
console.log(`corpus: ${texts.length} PolNeAR train articles; ${concurrency} ingests in flight`)

let started = performance.now()
const analyses: Analysis[] = texts.map((text) => analyze(text))
const articleCount = texts.length
const analyzeSeconds = (performance.now() - started) / 1000
const statements = analyses.reduce((sum, analysis) => sum + analysis.statements.length, 0)
const actors = analyses.reduce((sum, analysis) => sum + analysis.actors.length, 0)
console.log(
  `analysis: ${(texts.length / analyzeSeconds).toFixed(1)} articles/s (${actors} actors, ${statements} statements)`,
)

let cluster: TestCluster | undefined
/**
 * The folder of the private cluster's Unix socket, unless `--tcp`: the cluster is on this machine, so the server
 * reaches it as a colocated deployment would. Undefined for a server given by `--database-url`.
 */
const socketDir = () => (values.tcp ? undefined : cluster?.dir)
const rows: string[] = []
const verdicts: string[] = []
/** A backend holding the ingested corpus, ready for reads. */
type Loaded = {
  backend: string
  where: { data?: string; databaseUrl?: string }
  cleanup: () => Promise<void>
}
const loaded: Loaded[] = []

// Ingest into every backend first, then let go of the analyses, which the reads no longer need.
for (const backend of values.backends.split(',')) {
  let where: { data?: string; databaseUrl?: string }
  let cleanup = async () => {}
  if (backend === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-'))
    where = { data: dir }
    cleanup = async () => rmSync(dir, { recursive: true, force: true })
  } else {
    let admin = values['database-url']
    if (!admin) {
      cluster = await startTestCluster()
      admin = cluster.databaseUrl
    }
    const database = await createTestDatabase(admin)
    const url = new URL(database.url)
    const socket = socketDir()
    if (socket) url.searchParams.set('host', socket)
    where = { databaseUrl: url.toString() }
    cleanup = () => database.drop()
  }

  const store: Store = await openStore({
    dataDir: where.data,
    databaseUrl: where.databaseUrl,
    maxConnections: 8,
  })
  started = performance.now()
  await runPooled(analyses, concurrency, (analysis) => storeAnalysis(store, analysis))
  const storeSeconds = (performance.now() - started) / 1000
  // Statistics and visibility as a database that has been running a while has them, rather than autovacuum
  // catching up in the middle of the reads.
  await store.queryBytes('vacuum analyze', [])
  await store.close()
  const storeRate = articleCount / storeSeconds
  const endToEnd = articleCount / (storeSeconds + analyzeSeconds)
  console.log(
    `${backend} ingest: store ${storeRate.toFixed(1)} articles/s; analyze + store ${endToEnd.toFixed(1)} articles/s`,
  )
  loaded.push({ backend, where, cleanup })
}
analyses.length = 0
texts.length = 0

for (const { backend, where, cleanup } of loaded) {
  const server = await startBenchServer(where, {
    pool: poolSize,
    ...(backend === 'postgres' ? { workers } : {}),
  })
  const serverLabel = backend === 'postgres' && workers > 1 ? `${backend} (${workers} workers)` : backend
  try {
    const { items: topActors } = (await (await fetch(`${server.url}/v1/actors?limit=20`)).json()) as {
      items: { id: string; statementCount: number }[]
    }
    const speaker =
      topActors.find((actor) => actor.statementCount > 0)?.id ?? topActors[0]?.id ?? 'person:nobody'
    const { items: articles } = (await (await fetch(`${server.url}/v1/articles?limit=1`)).json()) as {
      items: { id: string }[]
    }
    const endpoints: [string, string][] = [
      ['bare Hono route', '/bare'],
      ['GET /v1/articles', '/v1/articles'],
      ['GET /v1/articles/{id}', `/v1/articles/${articles[0]?.id}`],
      ['GET /v1/actors', '/v1/actors'],
      ['GET /v1/actors/{id}/statements', `/v1/actors/${encodeURIComponent(speaker)}/statements`],
      ['GET /v1/statements?q=campaign', '/v1/statements?q=campaign'],
    ]
    for (const [name, path] of endpoints) {
      const load1 = loadavg()[0]?.toFixed(2) ?? '?'
      const results: Awaited<ReturnType<typeof load>>[] = []
      for (let run = 0; run < runs; run++) results.push(await load(`${server.url}${path}`))
      const figure = (key: 'rps' | 'p50' | 'p99') => median(results.map((result) => result[key]))
      const errors = results.reduce((sum, result) => sum + result.errors, 0)
      const row = `| ${serverLabel} | ${name} | ${figure('rps')} | ${figure('p50')} | ${figure('p99')} | ${errors} | ${load1} |`
      console.log(row)
      rows.push(row)
      if (backend === 'postgres' && BAR_ENDPOINTS.has(name)) {
        verdicts.push(
          `${name}: p99 ${figure('p99')} ms ${figure('p99') <= P99_BAR ? 'meets' : 'misses'} the bar`,
        )
      }
    }
  } finally {
    await server.stop()
    await cleanup()
  }
}
await cluster?.stop()

console.log(
  `\nreads: autocannon, ${connections} connections, ${duration} s per run, median of ${runs} run(s), loopback; ` +
    `server pool ${poolSize}, ${workers} PostgreSQL worker process(es), ` +
    `PostgreSQL through ${socketDir() ? 'its Unix socket' : 'TCP'}; ${availableParallelism()} CPU(s)`,
)
console.log('| backend | endpoint | req/s | p50 ms | p99 ms | errors | load (1 min) |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const row of rows) console.log(row)
if (verdicts.length > 0) console.log(`\nPostgreSQL bar (p99 ≤ ${P99_BAR} ms): ${verdicts.join('; ')}`)
