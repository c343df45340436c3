import { type SQL, sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { mapInSteps, runSteps, type Steps } from './steps.ts'

/** A Drizzle database over either backend (PGlite or PostgreSQL): every query in the store is written against it. */
export type Database = PgDatabase<PgQueryResultHKT>

/** Which engine a store runs on. */
export type Backend = 'pglite' | 'postgres'

/**
 * An open store: the database, which backend it is, and how to close it.
 * @example
 * const store = await openStore({ dataDir: '.whosaid' })
 * await store.close()
 */
export type Store = {
  readonly backend: Backend
  readonly db: Database
  /**
   * Runs SQL text with its parameters as a prepared statement and answers the rows as arrays of column values
   * in the database's text form, as UTF-8 bytes (null for NULL): for the few hot queries that send stored text
   * on as it is, without decoding it into strings and encoding it again (their text is still built by Drizzle,
   * once).
   */
  queryBytes(text: string, params: readonly unknown[]): Promise<(Uint8Array | null)[][]>
  /**
   * Bytes free for the database on its disk, where the store can tell (the embedded database in a folder); writes
   * are refused while too few are (see `ensureRoom`). PostgreSQL watches its own disk and reports disk_full.
   */
  freeBytes?(): Promise<number>
  /**
   * Since when (`Date.now()`) the database has been busy without answering (the oldest request still waiting on it
   * was sent, or it last answered, whichever is later), or undefined when none waits: the embedded database on a
   * thread of its own tells, so that health can see a long write at work.
   */
  busySince?(): number | undefined
  /** Closes the connection(s); the store cannot be used afterwards. */
  close(): Promise<void>
}

/** Runs a raw SQL query and returns its rows, whichever driver answers (PGlite gives `{ rows }`, postgres.js an array). */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query)
  if (Array.isArray(result)) return result as Row[]
  return ((result as { rows?: Row[] }).rows ?? []) as Row[]
}

/** How long the embedded database's thread may be busy without answering and still count as answering. */
export const BUSY_ANSWERS_MS = 60_000

/**
 * Asks the database for nothing, to see that it answers (throws when it does not). An embedded database whose
 * thread is at work (a long write, which every query waits behind) and has answered a request within
 * `BUSY_ANSWERS_MS` counts as answering without being asked; one busy for longer without an answer is asked, and
 * must answer.
 * @example await ping(store)
 */
export async function ping(store: Store, now: number = Date.now()): Promise<void> {
  const since = store.busySince?.()
  if (since !== undefined && now - since < BUSY_ANSWERS_MS) return
  await store.db.execute(sql`select 1`)
}

/** A transaction of the store's database. */
export type Tx = Parameters<Parameters<Store['db']['transaction']>[0]>[0]

/** A PostgreSQL array literal of strings: each element quoted, with its backslashes and double quotes escaped. */
export function textArrayLiteral(values: readonly string[]): string {
  return runSteps(textArrayLiteralSteps(values))
}

/** `textArrayLiteral` in steps (`steps.ts`): a long article's ids and keys are tens of thousands. */
export function* textArrayLiteralSteps(values: readonly string[]): Steps<string> {
  // The regex only where it has work: a long article's 40,000 keys took a good part of 100 ms through it.
  const quoted = (value: string) =>
    value.includes('"') || value.includes('\\') ? value.replace(/[\\"]/g, '\\$&') : value
  const elements = yield* mapInSteps(values, (value) => `"${quoted(value)}"`)
  return `{${elements.join(',')}}`
}

/**
 * `any(array)` of strings, for `x = ${sqlAny(ids)}` (in the list): one parameter however many there are, so that
 * a long article's thousands of ids cost neither thousands of parameters to build and send nor a statement past
 * PostgreSQL's 65,535, and both sides of an `or` can use their indexes. None matches nothing.
 * @example sql`select id from actors where id = ${sqlAny(ids)}`
 */
export function sqlAny(values: readonly string[]): SQL {
  return runSteps(sqlAnySteps(values))
}

/** `sqlAny` in steps (`steps.ts`), for a list of thousands. */
export function* sqlAnySteps(values: readonly string[]): Steps<SQL> {
  return sql`any(${yield* textArrayLiteralSteps(values)}::text[])`
}

/**
 * `all(array)` of strings, for `x <> ${sqlAll(keys)}` (not in the list): every row passes for none.
 * @example sql`delete from actor_name_keys where actor_id = ${id} and key <> ${sqlAll(keep)}`
 */
export function sqlAll(values: readonly string[]): SQL {
  return sql`all(${textArrayLiteral(values)}::text[])`
}
