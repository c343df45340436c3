// What the main thread and the embedded database's thread (pglite-thread.ts) say to each other: one request per
// message, one reply per request, matched by id. Errors cross as plain fields, since structured cloning keeps only
// an Error's name, message and stack, and the store reads PostgreSQL's fields (code, constraint, detail…).
import type { RowMode } from '@electric-sql/pglite'

/** What the thread is asked to do. `tx` names an open transaction the request runs in. */
export type PgliteRequest =
  /** Opens the database: in a folder, or in memory when `dataDir` is null. Always the first request. */
  | { id: number; kind: 'open'; dataDir: string | null }
  /** One query; `parserOids` are the types whose values stay the text PostgreSQL prints. */
  | {
      id: number
      kind: 'query'
      sql: string
      params: readonly unknown[]
      rowMode: RowMode
      parserOids: readonly number[]
      tx?: number
      /** The parameters sent as pieces of UTF-8, to decode before the query runs (`pglite-params.ts`). */
      bytes?: readonly number[]
    }
  /** One query whose rows come back as arrays of each value's text as UTF-8 bytes (`Store.queryBytes`). */
  | { id: number; kind: 'bytes'; sql: string; params: readonly unknown[]; bytes?: readonly number[] }
  | { id: number; kind: 'begin' | 'commit' | 'rollback'; tx: number }
  | { id: number; kind: 'close' }

/** An error as it crosses the thread: its name, message, stack and every field that is a string, number or boolean. */
export type WireError = {
  name: string
  message: string
  stack?: string
  fields: Record<string, string | number | boolean>
}

/** The thread's answer to request `id`: a result, or the error the request threw. */
export type PgliteReply = { id: number; result?: unknown; error?: WireError }

/** Keys not copied: the message and name are sent apart, and `params` may be megabytes of an article. */
const SKIPPED = new Set(['name', 'message', 'stack', 'params', 'queryOptions'])

/**
 * An error (or anything thrown) as plain data that survives structured cloning, PostgreSQL's fields kept.
 * @example toWireError(Object.assign(new Error('duplicate key'), { code: '23505' })).fields.code // '23505'
 */
export function toWireError(thrown: unknown): WireError {
  if (!(thrown instanceof Error)) return { name: 'Error', message: String(thrown), fields: {} }
  const fields: Record<string, string | number | boolean> = {}
  for (const [key, value] of Object.entries(thrown)) {
    if (SKIPPED.has(key)) continue
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      fields[key] = value
  }
  return {
    name: thrown.name,
    message: thrown.message,
    ...(thrown.stack === undefined ? {} : { stack: thrown.stack }),
    fields,
  }
}

/**
 * The error a request threw in the thread, rebuilt on this side with the same name, message and fields.
 * @example fromWireError({ name: 'error', message: 'duplicate key', fields: { code: '23505' } }).code // '23505'
 */
export function fromWireError(wire: WireError): Error & Record<string, unknown> {
  const error: Error & Record<string, unknown> = Object.assign(new Error(wire.message), wire.fields)
  error.name = wire.name
  if (wire.stack !== undefined) error.stack = wire.stack
  return error
}
