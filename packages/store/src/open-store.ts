import { mkdirSync } from 'node:fs'
import { statfs } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { PGlite, types } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { drizzle } from 'drizzle-orm/pglite'
import { backfillNameKeys } from './backfill-keys.ts'
import { lockDataDir } from './data-dir-lock.ts'
import type { Database, Store } from './database.ts'
import { migrate } from './migrate.ts'
import { MIGRATIONS } from './migrations.generated.ts'
import { openPostgresStore } from './open-postgres.ts'
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
}

/** The default data folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = '.whosaid'

/** Every scalar type PGlite knows, read as the text PostgreSQL prints, for `queryBytesOf`. */
const TEXT_FORM = Object.fromEntries(
  Object.values(types)
    .filter((oid) => typeof oid === 'number')
    .map((oid) => [oid, (value: string) => value]),
)

const encoder = new TextEncoder()

/**
 * Runs SQL text on PGlite and answers the rows as arrays of UTF-8 bytes (PGlite decodes values from its WASM
 * memory into strings, so they are encoded back; the embedded store is not the one that serves at scale).
 */
async function queryBytesOf(
  client: PGlite,
  text: string,
  params: readonly unknown[],
): Promise<(Uint8Array | null)[][]> {
  const { rows } = await client.query<(string | null)[]>(text, [...params], {
    rowMode: 'array',
    parsers: TEXT_FORM,
  })
  return rows.map((row) => row.map((value) => (value === null ? null : encoder.encode(value))))
}

/** Bytes an unprivileged process may still write on the disk holding a folder. */
async function freeBytesOf(folder: string): Promise<number> {
  const { bavail, bsize } = await statfs(folder)
  return bavail * bsize
}

/**
 * Opens the embedded PGlite database in a data folder (or in memory), its WebAssembly kept on baseline code: the
 * optimizing compiler's 600 MB for PostgreSQL's parser are most of an ingest's peak (see wasm-tiering.ts).
 */
async function openPgliteStore(dataDir: string): Promise<Store> {
  keepWasmOnBaseline()
  const extensions = { pg_trgm }
  if (dataDir === ':memory:') {
    const client = await PGlite.create({ extensions })
    return {
      backend: 'pglite',
      db: drizzle({ client }) as Database,
      queryBytes: (text, params) => queryBytesOf(client, text, params),
      close: () => client.close(),
    }
  }
  const folder = resolve(dataDir)
  mkdirSync(folder, { recursive: true })
  const release = lockDataDir(folder)
  try {
    const client = await PGlite.create(join(folder, 'pglite'), { extensions })
    return {
      backend: 'pglite',
      db: drizzle({ client }) as Database,
      queryBytes: (text, params) => queryBytesOf(client, text, params),
      freeBytes: () => freeBytesOf(folder),
      close: async () => {
        try {
          await client.close()
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
    : await openPgliteStore(options.dataDir ?? DEFAULT_DATA_DIR)
  if (options.migrate !== false) {
    try {
      await migrate(store.db, MIGRATIONS)
      await backfillNameKeys(store)
      if (options.sweep !== false) await sweepOrphans(store)
    } catch (error) {
      await store.close().catch(() => {})
      throw error
    }
  }
  return store
}
