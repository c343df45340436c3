// The Cloudflare Workers entry: the same app as on Node, over PostgreSQL (DATABASE_URL, or a Hyperdrive
// binding named HYPERDRIVE). Needs the `nodejs_compat` compatibility flag for postgres.js.
// A Worker may not reuse a connection across requests, so each request opens its own (one connection) and
// closes it after the answer; migrations run once per isolate, on its first request.
import { MIGRATIONS, migrate, openPostgresStore, type Store } from '@whosaid/store/edge'
import { type AppOptions, createApp } from './app.ts'
import type { App } from './context.ts'
import { parseEnv } from './env.ts'

/** The Worker's bindings: the environment variables of env.ts, and optionally Hyperdrive. */
export type WorkerBindings = Record<string, unknown> & { HYPERDRIVE?: { connectionString: string } }

/** The bits of a Workers ExecutionContext this entry uses. */
type WorkerContext = { waitUntil(promise: Promise<unknown>): void; passThroughOnException?(): void }

let built: { app: App; databaseUrl: string } | undefined
let migrated: Promise<unknown> | undefined
const stores = new WeakMap<Request, Store>()

/** Builds the app once per isolate from the bindings. */
function buildApp(bindings: WorkerBindings): { app: App; databaseUrl: string } {
  const env = parseEnv(bindings)
  const databaseUrl = bindings.HYPERDRIVE?.connectionString ?? env.DATABASE_URL
  if (!databaseUrl)
    throw new Error('Set DATABASE_URL (or bind Hyperdrive as HYPERDRIVE) for the whosaid Worker.')
  const options: AppOptions = {
    store: (c) => {
      let store = stores.get(c.req.raw)
      if (!store) {
        store = openPostgresStore(databaseUrl, { maxConnections: 1, jitOff: false })
        stores.set(c.req.raw, store)
      }
      return store
    },
    token: env.WHOSAID_API_TOKEN,
    corsOrigins: env.WHOSAID_CORS_ORIGINS,
    bodyLimit: env.WHOSAID_BODY_LIMIT,
    rateLimit: env.WHOSAID_RATE_LIMIT,
    clientKey: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
  }
  return { app: createApp(options), databaseUrl }
}

export default {
  /** Answers one request; the connection it opened is closed after the answer. */
  async fetch(request: Request, bindings: WorkerBindings, ctx: WorkerContext): Promise<Response> {
    built ??= buildApp(bindings)
    const { app, databaseUrl } = built
    if (!migrated) {
      const store = openPostgresStore(databaseUrl, { maxConnections: 1, jitOff: false })
      migrated = migrate(store.db, MIGRATIONS)
        .catch((error: unknown) => {
          migrated = undefined
          console.error('whosaid: migration failed; will retry on the next request', error)
        })
        .finally(() => store.close())
    }
    await migrated
    try {
      return await app.fetch(request, bindings, ctx as never)
    } finally {
      const store = stores.get(request)
      if (store) ctx.waitUntil(store.close())
    }
  },
}
