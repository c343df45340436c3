import { drizzle } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import type { Database, Store } from './database.ts'

/** Options of a PostgreSQL store. */
export type PostgresOptions = {
  /** Most connections in the pool (default 10). */
  maxConnections?: number
  /** Seconds to wait for a connection before the query fails as unavailable (default 5). */
  connectTimeout?: number
  /**
   * Whether each connection asks for `jit=off` at start-up (default true). The Worker asks nothing: Hyperdrive
   * pools the connections and does not document which start-up settings it passes on, so the server's stands.
   */
  jitOff?: boolean
}

/**
 * A connection URL as postgres.js takes it. A `host` parameter naming a directory is libpq's way to reach a
 * server on the same machine through its Unix socket (`postgres://me@/whosaid?host=/var/run/postgresql`),
 * cheaper than TCP on loopback. postgres.js wants the socket's path instead, and a host name in the URL (which
 * it then does not use), so the parameter (with a `port` parameter, which names the socket) becomes the path and
 * an empty host becomes `localhost`.
 * @example socketOf('postgres://me@/db?host=/run/postgresql') // { url: 'postgres://me@localhost/db', path: '/run/postgresql/.s.PGSQL.5432' }
 */
export function socketOf(databaseUrl: string): { url: string; path?: string } {
  const scheme = databaseUrl.indexOf('://')
  const question = databaseUrl.indexOf('?')
  if (scheme < 0 || question < 0) return { url: databaseUrl }
  const params = new URLSearchParams(databaseUrl.slice(question + 1))
  const directory = params.get('host')
  if (!directory?.startsWith('/')) return { url: databaseUrl }
  const portParam = params.get('port')
  params.delete('host')
  params.delete('port')
  const base = databaseUrl.slice(0, question)
  const slash = base.indexOf('/', scheme + 3)
  const authority = base.slice(scheme + 3, slash < 0 ? undefined : slash)
  const userinfo = authority.slice(0, authority.lastIndexOf('@') + 1)
  const hostPort = authority.slice(userinfo.length)
  const port = portParam || (/:(\d+)$/.exec(hostPort)?.[1] ?? '5432')
  const host = hostPort.replace(/:\d*$/, '') || 'localhost'
  const query = params.size > 0 ? `?${params}` : ''
  const url = `${base.slice(0, scheme + 3)}${userinfo}${host}${slash < 0 ? '' : base.slice(slash)}${query}`
  const folder = directory.endsWith('/') ? directory.slice(0, -1) : directory
  return { url, path: `${folder}/.s.PGSQL.${port}` }
}

/**
 * Opens a store over PostgreSQL with postgres.js; runs on Node and on Cloudflare Workers. Does not migrate.
 * @example const store = openPostgresStore('postgres://user@127.0.0.1:5432/whosaid')
 */
export function openPostgresStore(databaseUrl: string, options: PostgresOptions = {}): Store {
  const { url, path } = socketOf(databaseUrl)
  const client = postgres(url, {
    ...(path ? { path } : {}),
    max: options.maxConnections ?? 10,
    connect_timeout: options.connectTimeout ?? 5,
    // No wait before a closed connection connects again. postgres.js waits up to 20 s after repeated failures,
    // and every query queued behind it waited as long: while the server was away, a health check or a write took
    // that long to answer 503, and the first requests after it returned waited too. A refused connection is cheap.
    backoff: () => 0,
    onnotice: () => {},
    // Sent with each connection's start-up: the store's queries are small ones over tables whose statistics are
    // few, where JIT compiles for nothing (a queue benchmark's PostgreSQL CPU per article varied 24-146 ms with it
    // on, 27-30 ms with it off). A `jit` parameter in the URL wins over this one (`?jit=` sends none, for a
    // pooler that refuses parameters it does not know).
    ...(options.jitOff === false ? {} : { connection: { jit: 'off' } }),
  })
  const db: Database = drizzle({ client })
  return {
    backend: 'postgres',
    db,
    // `.raw()` answers each value as a view into the bytes received: nothing is decoded.
    queryBytes: async (text, params) =>
      (await client.unsafe(text, params as never[], { prepare: true }).raw()) as (Uint8Array | null)[][],
    // Queries in flight get 2 s to finish: a server stopping on a signal has 4 s in all to close (apps/api
    // shutdown.ts) before it kills itself, and a connection left hanging by a PostgreSQL restart must not use them up.
    close: () => client.end({ timeout: 2 }),
  }
}
