// `npm start -w @whosaid/api`: the API on 127.0.0.1:8787 over the embedded database (or DATABASE_URL), with the
// repository's seeds/ ingested on first start. Flags: --port N, --host ADDR, --data DIR.
// With DATABASE_URL and WHOSAID_WORKERS=N (N > 1), N worker processes share the port (node:cluster); the primary
// seeds and then only supervises them.
import cluster from 'node:cluster'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_DATA_DIR, openStore } from '@whosaid/store'
import { serveFromWorkers } from './cluster.ts'
import { EnvError, loadEnv } from './env.ts'
import { serve } from './node.ts'
import { seedIfEmpty } from './seed.ts'

/** The repository's seed articles. */
const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url))

async function main(): Promise<void> {
  const env = loadEnv()
  const { values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' } },
    strict: true,
  })
  const dataDir = values.data ?? env.WHOSAID_DATA ?? join(env.INIT_CWD ?? process.cwd(), DEFAULT_DATA_DIR)
  const workers = env.DATABASE_URL ? env.WHOSAID_WORKERS : 1
  if (env.WHOSAID_WORKERS > 1 && !env.DATABASE_URL) {
    console.warn(
      'WHOSAID_WORKERS needs DATABASE_URL (the embedded database is one process): serving from one',
    )
  }
  const store = await openStore({ dataDir, databaseUrl: env.DATABASE_URL })
  const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${resolve(dataDir)}`
  if (cluster.isPrimary) {
    const seeded = await seedIfEmpty(store, env.WHOSAID_SEEDS ?? SEEDS)
    if (seeded && seeded.total > 0) {
      console.log(`seeded ${seeded.created} article(s) in ${seeded.seconds.toFixed(1)} s`)
      for (const { file, message } of seeded.failures) console.error(`${file}: ${message}`)
    }
  }
  if (workers > 1 && cluster.isPrimary) {
    await store.close()
    await serveFromWorkers(workers)
    console.log(`${workers} worker processes serving over ${where}`)
    return
  }
  const server = await serve({
    store,
    port: values.port === undefined ? env.PORT : Number(values.port),
    host: values.host ?? env.HOST,
    token: env.WHOSAID_API_TOKEN,
    corsOrigins: env.WHOSAID_CORS_ORIGINS,
    bodyLimit: env.WHOSAID_BODY_LIMIT,
    rateLimit: env.WHOSAID_RATE_LIMIT,
    trustedProxies: env.WHOSAID_TRUSTED_PROXIES,
  })
  if (cluster.isPrimary) {
    console.log(`whosaid API on ${server.url} (reference: ${server.url}/docs) over ${where}`)
    if (!env.WHOSAID_API_TOKEN)
      console.log('writes are disabled: set WHOSAID_API_TOKEN to accept POST /v1/articles')
  }
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await server.close().catch(() => {})
    await store.close().catch(() => {})
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? `whosaid: bad environment:\n${error.message}` : error)
  process.exit(1)
})
