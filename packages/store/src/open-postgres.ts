import { drizzle } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import type { Database, Store } from './database.ts'

/** Options of a PostgreSQL store. */
export type PostgresOptions = {
  /** Most connections in the pool (default 10). */
  maxConnections?: number
  /** Seconds to wait for a connection before the query fails as unavailable (default 5). */
  connectTimeout?: number
}

/**
 * Opens a store over PostgreSQL with postgres.js; runs on Node and on Cloudflare Workers. Does not migrate.
 * @example const store = openPostgresStore('postgres://user@127.0.0.1:5432/whosaid')
 */
export function openPostgresStore(databaseUrl: string, options: PostgresOptions = {}): Store {
  const client = postgres(databaseUrl, {
    max: options.maxConnections ?? 10,
    connect_timeout: options.connectTimeout ?? 5,
    onnotice: () => {},
  })
  const db: Database = drizzle({ client })
  return {
    backend: 'postgres',
    db,
    // `.raw()` answers each value as a view into the bytes received: nothing is decoded.
    queryBytes: async (text, params) =>
      (await client.unsafe(text, params as never[], { prepare: true }).raw()) as (Uint8Array | null)[][],
    close: () => client.end({ timeout: 5 }),
  }
}
