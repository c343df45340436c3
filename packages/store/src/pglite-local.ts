import { drizzle } from 'drizzle-orm/pglite'
import type { Database, Store } from './database.ts'
import { createPglite, queryBytesOn } from './pglite-open.ts'

/** What an embedded database answers, wherever it runs: Drizzle over it, raw rows as bytes, and its close. */
export type EmbeddedDatabase = Pick<Store, 'db' | 'queryBytes' | 'busySince' | 'close'>

/**
 * Opens PGlite (with pg_trgm) on the caller's own thread: a folder, or memory when `dataDir` is null. Every query
 * runs its WebAssembly on this thread, so a long write holds the event loop; a one-process ingest is fastest so (no
 * message between threads per query). A server opens it on a thread of its own instead (pglite-client.ts).
 * @example const here = await openPgliteHere(null) // in memory
 */
export async function openPgliteHere(dataDir: string | null): Promise<EmbeddedDatabase> {
  const client = await createPglite(dataDir)
  return {
    db: drizzle({ client }) as Database,
    queryBytes: (text, params) => queryBytesOn(client, text, params),
    close: () => client.close(),
  }
}
