// What the embedded database does the same wherever it runs (on the caller's thread, pglite-local.ts, or on one of
// its own, pglite-thread.ts): opening PGlite with the extensions the schema needs, and rows as UTF-8 bytes.
import { type ParserOptions, PGlite, types } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'

// PostgreSQL's buffer cache inside PGlite's WebAssembly memory. PGlite's default, PostgreSQL's 128 MB, is memory
// the process keeps once a large write has touched it; the store's working set is far smaller (see the store README,
// "Memory").
const SHARED_BUFFERS = '16MB'

/** Opens PGlite with pg_trgm in a folder, or in memory when `dataDir` is null. */
export function createPglite(dataDir: string | null): Promise<PGlite> {
  return PGlite.create(dataDir ?? undefined, {
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
  })
}

const encoder = new TextEncoder()

/** Every scalar type PGlite knows, read as the text PostgreSQL prints. */
const TEXT_FORM: ParserOptions = Object.fromEntries(
  Object.values(types)
    .filter((oid) => typeof oid === 'number')
    .map((oid) => [oid, (value: string) => value]),
)

/**
 * Runs SQL text on PGlite and answers the rows as arrays of each value's text as UTF-8 bytes (null for NULL): PGlite
 * decodes values from its WebAssembly memory into strings, so they are encoded back. Each value's buffer is pushed
 * on `transfer` when given (to move the rows to another thread without a copy).
 */
export async function queryBytesOn(
  client: PGlite,
  sql: string,
  params: readonly unknown[],
  transfer?: ArrayBuffer[],
): Promise<(Uint8Array | null)[][]> {
  const { rows } = await client.query<(string | null)[]>(sql, [...params], {
    rowMode: 'array',
    parsers: TEXT_FORM,
  })
  return rows.map((row) =>
    row.map((value) => {
      if (value === null) return null
      const bytes = encoder.encode(value)
      transfer?.push(bytes.buffer as ArrayBuffer)
      return bytes
    }),
  )
}
