// `npm start -w @whosaid/api`: the API on 127.0.0.1:8787 over the embedded database (or DATABASE_URL), with the
// repository's seeds/ ingested on first start. Flags: --port N, --host ADDR, --data DIR.
// With DATABASE_URL and WHOSAID_WORKERS=N (N > 1), N worker processes share the port (node:cluster); the primary
// seeds and then only supervises them.
// On loopback over the embedded database without WHOSAID_API_TOKEN, it makes a token of its own, keeps it in the
// data folder (api-token, mode 0600) and prints the command that adds an article. SIGINT or SIGTERM, even while
// it starts, closes the server and the database and exits (see shutdown.ts).
import cluster from 'node:cluster'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_DATA_DIR, keepApiToken, openStore, recordServer } from '@whosaid/store'
import { serveFromWorkers } from './cluster.ts'
import { EnvError, loadEnv } from './env.ts'
import { ingestCommand, isLoopbackHost } from './loopback-token.ts'
import { serve } from './node.ts'
import { seedIfEmpty } from './seed.ts'
import { exitOnSignal } from './shutdown.ts'

/** The repository's seed articles. */
const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url))

async function main(): Promise<void> {
  const env = loadEnv()
  const { values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' } },
    strict: true,
  })
  const shutdown = exitOnSignal()
  // Where the user started us (npm sets INIT_CWD): the default data folder, and where the printed command runs.
  const callerDir = env.INIT_CWD ?? process.cwd()
  const dataDir = values.data ?? env.WHOSAID_DATA ?? join(callerDir, DEFAULT_DATA_DIR)
  const host = values.host ?? env.HOST
  const workers = env.DATABASE_URL ? env.WHOSAID_WORKERS : 1
  if (env.WHOSAID_WORKERS > 1 && !env.DATABASE_URL) {
    console.warn(
      'WHOSAID_WORKERS needs DATABASE_URL (the embedded database is one process): serving from one',
    )
  }
  // The server's embedded database runs on a thread of its own: a long write does not hold the event loop.
  const store = await openStore({ dataDir, databaseUrl: env.DATABASE_URL, thread: true })
  shutdown.defer(() => store.close())
  // Made while the folder is held, so two servers never make two tokens.
  const kept =
    !env.WHOSAID_API_TOKEN && !env.DATABASE_URL && isLoopbackHost(host) ? keepApiToken(dataDir) : undefined
  const token = env.WHOSAID_API_TOKEN ?? kept?.token
  const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${resolve(dataDir)}`
  if (cluster.isPrimary) {
    const seeded = await seedIfEmpty(store, env.WHOSAID_SEEDS ?? SEEDS)
    if (seeded && seeded.total > 0) {
      console.log(`seeded ${seeded.created} article(s) in ${seeded.seconds.toFixed(1)} s`)
      for (const { file, message } of seeded.failures) console.error(`${file}: ${message}`)
    }
  }
  if (workers > 1 && cluster.isPrimary) {
    shutdown.dispose()
    await store.close()
    await serveFromWorkers(workers)
    console.log(`${workers} worker processes serving over ${where}`)
    return
  }
  const server = await serve({
    store,
    port: values.port === undefined ? env.PORT : Number(values.port),
    host,
    token,
    corsOrigins: env.WHOSAID_CORS_ORIGINS,
    bodyLimit: env.WHOSAID_BODY_LIMIT,
    rateLimit: env.WHOSAID_RATE_LIMIT,
    trustedProxies: env.WHOSAID_TRUSTED_PROXIES,
  })
  shutdown.defer(() => server.close())
  if (!env.DATABASE_URL) shutdown.defer(recordServer(dataDir, server.url))
  if (cluster.isPrimary) {
    console.log(`whosaid API on ${server.url} (reference: ${server.url}/docs) over ${where}`)
    if (kept) {
      console.log(
        `writes take the token in ${kept.file} (${kept.created ? 'made' : 'kept'} for this loopback server); ` +
          `add an article with:\n  ${ingestCommand(server.url, kept.file, callerDir)}`,
      )
    } else if (!token) {
      console.log('writes are disabled: set WHOSAID_API_TOKEN to accept POST /v1/articles')
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? `whosaid: bad environment:\n${error.message}` : error)
  process.exit(1)
})
