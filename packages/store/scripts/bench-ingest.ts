// `npm run bench:ingest -w @whosaid/store`: how fast the store writes analyses into PostgreSQL, alone (no reads, no
// server), with the same analyses given to this store and, with --compare, to another checkout's store in the same
// run (runs alternate, medians are printed), so that a change to the write path is measured against its base.
//
//   npm run bench:ingest -w @whosaid/store -- [--articles 300] [--concurrency 4] [--runs 3]
//     [--compare /path/to/other/checkout] [--queries]
//
// The corpus is the PolNeAR train texts, as `bench:api` ingests them. Each run stores every analysis into a fresh
// database of a private cluster (scripts/pg-cluster.sh) reached through its Unix socket. `--queries` also counts
// the statements PostgreSQL ran per article (log_statement = all, from the cluster's log) in one more run of each.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { type Analysis, analyze } from '@whosaid/core'
import postgres from 'postgres'
import * as here from '../src/index.ts'
import { median, runPooled } from '../test/bench.ts'
import { createTestDatabase, startTestCluster } from '../test/testing.ts'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '4' },
    runs: { type: 'string', default: '3' },
    compare: { type: 'string' },
    queries: { type: 'boolean', default: false },
    corpus: {
      type: 'string',
      default: fileURLToPath(new URL('../../../../shared/data/polnear/train/text', import.meta.url)),
    },
  },
})

/** The part of a store module the bench calls. */
type StoreModule = Pick<typeof here, 'openStore' | 'storeAnalysis'>

const variants: { label: string; store: StoreModule }[] = [{ label: 'this checkout', store: here }]
if (values.compare) {
  const entry = pathToFileURL(resolve(values.compare, 'packages/store/src/index.ts')).href
  variants.push({ label: values.compare, store: (await import(entry)) as StoreModule })
}

const files = readdirSync(values.corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, Number(values.articles))
const analyses: Analysis[] = files.map((name) => analyze(readFileSync(join(values.corpus, name), 'utf8')))
const concurrency = Number(values.concurrency)
console.error(`${analyses.length} PolNeAR train analyses, ${concurrency} stores in flight`)

const cluster = await startTestCluster()
const log = join(cluster.dir, 'server.log')

/** Stores every analysis into a fresh database with one variant; answers articles per second. */
async function measure(
  store: StoreModule,
  logStatements: boolean,
): Promise<{ rate: number; queries: number }> {
  const database = await createTestDatabase(cluster.databaseUrl)
  try {
    const url = new URL(database.url)
    url.searchParams.set('host', cluster.dir)
    if (logStatements) {
      const admin = postgres(database.url, { max: 1, onnotice: () => {} })
      await admin.unsafe(`alter database ${url.pathname.slice(1)} set log_statement = 'all'`)
      await admin.end()
    }
    const opened = await store.openStore({ databaseUrl: url.toString(), maxConnections: 8 })
    const logBefore = readFileSync(log, 'utf8').length
    const started = performance.now()
    await runPooled(analyses, concurrency, (analysis) => store.storeAnalysis(opened, analysis))
    const seconds = (performance.now() - started) / 1000
    await opened.close()
    const logged = readFileSync(log, 'utf8').slice(logBefore)
    const queries = logStatements ? (logged.match(/LOG: {2}(?:statement|execute [^:]*):/g) ?? []).length : 0
    return { rate: analyses.length / seconds, queries }
  } finally {
    await database.drop()
  }
}

const rates = new Map<string, number[]>(variants.map(({ label }) => [label, []]))
try {
  for (let run = 0; run < Number(values.runs); run++) {
    for (const { label, store } of run % 2 ? [...variants].reverse() : variants) {
      const { rate } = await measure(store, false)
      rates.get(label)?.push(rate)
      console.error(`run ${run + 1}, ${label}: ${rate.toFixed(1)} articles/s`)
    }
  }
  if (values.queries) {
    for (const { label, store } of variants) {
      const { queries } = await measure(store, true)
      console.error(`${label}: ${(queries / analyses.length).toFixed(1)} statements per article`)
    }
  }
} finally {
  await cluster.stop()
}
const base = median(rates.get('this checkout') ?? [])
for (const [label, list] of rates) {
  const rate = median(list)
  console.log(`${label}: median ${rate.toFixed(1)} articles/s (${(rate / base).toFixed(2)}× this checkout)`)
}
