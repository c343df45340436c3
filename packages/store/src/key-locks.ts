// The name keys' transaction advisory locks, taken in one global order. A transaction waits for keys only in its
// first statement that locks any, in lock-number order and before it holds a row: a later statement that wants
// keys it does not hold only tries them (it never waits), and when one is taken it restarts, asking for them in
// that first statement (`inKeyOrder`). So two transactions never wait on each other in a cycle through these
// locks: an ingest that held one key and then waited, in a later statement, for one below it deadlocked with an
// ingest locking both in order (issues 15/16).
import { sql } from 'drizzle-orm'
import { queryRows, type Store, type Tx } from './database.ts'

/** A name key to lock, and whether a shared lock is enough (the key of an actor already decided). */
export type KeyLock = { key: string; shared: boolean }

/**
 * The most name keys one transaction locks one by one. PostgreSQL keeps every lock of every transaction in one
 * shared table of max_locks_per_transaction × max_connections entries (64 × 100 by default, PGlite's too), so the
 * 30,000 keys of a 10 MB text failed with "out of shared memory"; and ten connections of 500 keys each still fit.
 */
export const MOST_KEY_LOCKS = 500

/**
 * The lock number that stands for every name key at once. hashtext gives 32-bit numbers, so no key's number is
 * this one; every transaction that locks keys takes it first (it sorts first): shared when it then locks its keys
 * one by one, exclusive instead of them when they are more than MOST_KEY_LOCKS.
 */
const ALL_KEYS = '-9223372036854775808'

/** Restarts of one transaction for keys it wanted late, after which it waits for them where it wants them. */
const MOST_RESTARTS = 8

/**
 * Thrown inside a transaction run by `inKeyOrder` when a later statement wants keys another transaction holds: the
 * transaction is run again, with these keys taken in its first statement. Never thrown out of `inKeyOrder`.
 */
export class KeysNeeded extends Error {
  override readonly name = 'KeysNeeded'
  /** The keys wanted late. */
  readonly locks: readonly KeyLock[]

  constructor(locks: readonly KeyLock[]) {
    super(`${locks.length} name keys were wanted after the first lock statement`)
    this.locks = locks
  }
}

/** What one transaction holds of the keys (`all`: every key, exclusively), and what it takes first. */
type KeyState = {
  held: Map<string, boolean> | 'all' | undefined
  /** The keys earlier runs wanted late, taken with the first keys it locks (by `inKeyOrder`). */
  ahead: ReadonlyMap<string, boolean>
  /** Whether a key wanted late may throw KeysNeeded (the transaction is run by `inKeyOrder`). */
  restartable: boolean
}

/** The state of each open transaction that locked keys or is run by `inKeyOrder`. */
const states = new WeakMap<Tx, KeyState>()

/** The locks with the planned ones, one per key, exclusive where either wants it. Pure. */
function withAhead(locks: readonly KeyLock[], ahead: ReadonlyMap<string, boolean>): KeyLock[] {
  const merged = new Map(ahead)
  for (const { key, shared } of locks) merged.set(key, (merged.get(key) ?? true) && shared)
  return [...merged].map(([key, shared]) => ({ key, shared }))
}

/** Whether `held` covers a lock: the key held exclusively, or shared when shared is enough. Pure. */
function covers(held: Map<string, boolean> | 'all', { key, shared }: KeyLock): boolean {
  if (held === 'all') return true
  const mode = held.get(key)
  return mode !== undefined && (shared || !mode)
}

/** The lock list as one JSON parameter. */
function listOf(locks: readonly KeyLock[]): string {
  return JSON.stringify(locks.map(({ key, shared }) => ({ k: key, s: shared })))
}

/**
 * Takes the locks in one statement, in the order of their lock numbers, waiting for each; over MOST_KEY_LOCKS, one
 * exclusive lock on all keys instead (such a transaction waits for every other that holds keys, and they for it).
 * The order rests on the aggregate reading its sorted subquery in order, which PostgreSQL does though it does not
 * promise it (its manual on aggregate input order); were it ever to differ, two ingests could deadlock, and the
 * ingest's retry on deadlock (`storeAnalysis`) would still store both.
 */
async function waitForKeys(tx: Tx, locks: readonly KeyLock[], whole: boolean): Promise<void> {
  await tx.execute(sql`select count(case when o.s then pg_advisory_xact_lock_shared(o.h)::text
      else pg_advisory_xact_lock(o.h)::text end)::int as n
    from (select ${ALL_KEYS}::bigint as h, ${!whole}::boolean as s
      union all
      select hashtext(t.k)::bigint, bool_and(t.s)
      from jsonb_to_recordset(${whole ? '[]' : listOf(locks)}::jsonb) as t(k text, s boolean)
      group by 1 order by 1) o`)
}

/** Tries the locks in one statement without waiting; answers whether every one was had. */
async function tryKeys(tx: Tx, locks: readonly KeyLock[]): Promise<boolean> {
  const [row] = await queryRows<{ ok: boolean }>(
    tx,
    sql`select coalesce(bool_and(case when o.s then pg_try_advisory_xact_lock_shared(o.h)
        else pg_try_advisory_xact_lock(o.h) end), true) as ok
      from (select hashtext(t.k)::bigint as h, bool_and(t.s) as s
        from jsonb_to_recordset(${listOf(locks)}::jsonb) as t(k text, s boolean) group by 1 order by 1) o`,
  )
  return row?.ok === true
}

/** Records locks as held. */
function hold(state: KeyState, locks: readonly KeyLock[]): void {
  if (state.held === 'all') return
  const held = state.held ?? new Map<string, boolean>()
  for (const { key, shared } of locks) held.set(key, (held.get(key) ?? true) && shared)
  state.held = held
}

/**
 * Locks the keys until the transaction ends, exclusive where any lock of a key wants it. The transaction's first
 * call waits for them (with the keys `inKeyOrder` planned); a later call takes only the keys not held yet, and in a
 * transaction run by `inKeyOrder` only tries them, throwing KeysNeeded when another transaction holds one (elsewhere
 * it waits, as before: such a transaction may deadlock and is retried by its caller).
 */
export async function lockKeys(tx: Tx, locks: readonly KeyLock[]): Promise<void> {
  const state = states.get(tx) ?? { held: undefined, ahead: new Map(), restartable: false }
  states.set(tx, state)
  if (state.held === undefined) {
    const first = withAhead(locks, state.ahead)
    if (first.length === 0) return
    const whole = first.length > MOST_KEY_LOCKS
    await waitForKeys(tx, first, whole)
    if (whole) state.held = 'all'
    else hold(state, first)
    return
  }
  const held = state.held
  const missing = withAhead(locks, new Map()).filter((lock) => !covers(held, lock))
  if (missing.length === 0) return
  if (!state.restartable) {
    await waitForKeys(tx, missing, false)
    hold(state, missing)
    return
  }
  const count = held === 'all' ? 0 : held.size
  if (count + missing.length > MOST_KEY_LOCKS || !(await tryKeys(tx, missing))) throw new KeysNeeded(missing)
  hold(state, missing)
}

/**
 * Runs `run` in a transaction whose name keys are all waited for in its first statement that locks any (see the
 * head of this file): when a later statement wants keys another transaction holds, the transaction is rolled back
 * and run again with those keys taken first. `ahead` carries them between the caller's own runs.
 * @example await inKeyOrder(store, (tx) => resolveActors(tx, rows))
 */
export async function inKeyOrder<Result>(
  store: Store,
  run: (tx: Tx) => Promise<Result>,
  ahead: Map<string, boolean> = new Map(),
): Promise<Result> {
  for (let restart = 0; ; restart++) {
    try {
      return await store.db.transaction(async (tx) => {
        states.set(tx, { held: undefined, ahead, restartable: restart < MOST_RESTARTS })
        return run(tx)
      })
    } catch (error) {
      if (!(error instanceof KeysNeeded)) throw error
      for (const { key, shared } of error.locks) ahead.set(key, (ahead.get(key) ?? true) && shared)
    }
  }
}
