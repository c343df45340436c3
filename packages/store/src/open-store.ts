import { mkdirSync } from 'node:fs'
import { statfs } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import { upgradeNameKeys } from './backfill-keys.ts'
import { lockDataDir } from './data-dir-lock.ts'
import type { Database, Store } from './database.ts'
import { migrate } from './migrate.ts'
import { MIGRATIONS } from './migrations.generated.ts'
import { openPostgresStore } from './open-postgres.ts'
import { startPgliteThread } from './pglite-client.ts'
import { type EmbeddedDatabase, openPgliteHere } from './pglite-local.ts'
import { sweepOrphans } from './settle-identities.ts'
import { keepWasmOnBaseline } from './wasm-tiering.ts'

/** Where a store lives: PostgreSQL when `databaseUrl` is given, else an embedded PGlite database in `dataDir`. */
export type OpenStoreOptions = {
  /** The data folder of the embedded database (default `.whosaid`); `':memory:'` keeps it in memory. */
  dataDir?: string | undefined
  /** A PostgreSQL connection string; when set, `dataDir` is ignored. */
  databaseUrl?: string | undefined
  /** Apply pending migrations on open (default true). */
  migrate?: boolean | undefined
  /**
   * Remove on open the actors nothing backs that an ingest cut off between its two transactions left
   * (`sweepOrphans`; default true, and only when migrating: an opener that writes).
   */
  sweep?: boolean | undefined
  /** Most PostgreSQL connections in the pool (default 10). */
  maxConnections?: number | undefined
  /**
   * Run the embedded database on a thread of its own (default false): a server's choice, so that a long write holds
   * that thread and not the event loop that answers other requests; each query then costs a message between
   * threads, so a one-process ingest is faster without it. Ignored with `databaseUrl`.
   */
  thread?: boolean | undefined
}

/** The default data folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = '.whosaid'

/** Bytes an unprivileged process may still write on the disk holding a folder. */
async function freeBytesOf(folder: string): Promise<number> {
  const { bavail, bsize } = await statfs(folder)
  return bavail * bsize
}

/** The embedded database on a thread of its own (pglite-client.ts), with Drizzle over it. */
async function openPgliteThread(dataDir: string | null): Promise<EmbeddedDatabase> {
  const client = await startPgliteThread(dataDir)
  return {
    db: drizzle({ client: client as unknown as PGlite }) as Database,
    queryBytes: (text, params) => client.queryBytes(text, params),
    busySince: () => client.busySince(),
    close: () => client.close(),
  }
}

/**
 * Opens the embedded PGlite database in a data folder (or in memory), on the caller's thread or on one of its own
 * (`thread`), its WebAssembly kept on baseline code: the optimizing compiler's 600 MB for PostgreSQL's parser are
 * most of an ingest's peak (see wasm-tiering.ts); V8's flags are the process's, so this covers the thread too. The
 * data folder's lock stays with this process.
 */
async function openPgliteStore(dataDir: string, thread: boolean): Promise<Store> {
  keepWasmOnBaseline()
  const open = thread ? openPgliteThread : openPgliteHere
  if (dataDir === ':memory:') return { backend: 'pglite', ...(await open(null)) }
  const folder = resolve(dataDir)
  mkdirSync(folder, { recursive: true })
  const release = lockDataDir(folder)
  try {
    const database = await open(join(folder, 'pglite'))
    return {
      backend: 'pglite',
      ...database,
      freeBytes: () => freeBytesOf(folder),
      close: async () => {
        try {
          await database.close()
        } finally {
          release()
        }
      },
    }
  } catch (error) {
    release()
    throw error
  }
}

/**
 * Opens the store, migrated to the current schema: PostgreSQL when `databaseUrl` is set, else embedded PGlite.
 * @example
 * const store = await openStore({ dataDir: '.whosaid' })           // embedded, persisted in .whosaid/
 * const pg = await openStore({ databaseUrl: process.env.DATABASE_URL })
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const store = options.databaseUrl
    ? openPostgresStore(
        options.databaseUrl,
        options.maxConnections ? { maxConnections: options.maxConnections } : {},
      )
    : await openPgliteStore(options.dataDir ?? DEFAULT_DATA_DIR, options.thread === true)
  if (options.migrate !== false) {
    try {
      await migrate(store.db, MIGRATIONS)
      await upgradeNameKeys(store)
      if (options.sweep !== false) await sweepOrphans(store)
    } catch (error) {
      await store.close().catch(() => {})
      throw error
    }
  }
  return store
}
