import { PGlite, types } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { drizzle } from 'drizzle-orm/pglite'
import type { Database, Store } from './database.ts'

/** Every scalar type PGlite knows, read as the text PostgreSQL prints, for `queryBytes`. */
const TEXT_FORM = Object.fromEntries(
  Object.values(types)
    .filter((oid) => typeof oid === 'number')
    .map((oid) => [oid, (value: string) => value]),
)

const encoder = new TextEncoder()

/** What an embedded database answers, wherever it runs: Drizzle over it, raw rows as bytes, and its close. */
export type EmbeddedDatabase = Pick<Store, 'db' | 'queryBytes' | 'busySince' | 'close'>

/**
 * Opens PGlite (with pg_trgm) on the caller's own thread: a folder, or memory when `dataDir` is null. Every query
 * runs its WebAssembly on this thread, so a long write holds the event loop; a one-process ingest is fastest so (no
 * message between threads per query). A server opens it on a thread of its own instead (pglite-client.ts).
 * @example const here = await openPgliteHere(null) // in memory
 */
export async function openPgliteHere(dataDir: string | null): Promise<EmbeddedDatabase> {
  const extensions = { pg_trgm }
  const client =
    dataDir === null ? await PGlite.create({ extensions }) : await PGlite.create(dataDir, { extensions })
  return {
    db: drizzle({ client }) as Database,
    // PGlite decodes values from its WASM memory into strings, so they are encoded back.
    queryBytes: async (text, params) => {
      const { rows } = await client.query<(string | null)[]>(text, [...params], {
        rowMode: 'array',
        parsers: TEXT_FORM,
      })
      return rows.map((row) => row.map((value) => (value === null ? null : encoder.encode(value))))
    },
    close: () => client.close(),
  }
}
