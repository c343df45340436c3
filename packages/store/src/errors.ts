/** Why the store refused or failed: callers match on `code`, never on the message. */
export type StoreErrorCode =
  | 'invalid-analysis'
  | 'invalid-cursor'
  | 'locked'
  | 'unavailable'
  | 'disk-full'
  /** What a write relied on kept changing under it (curations racing an ingest): running it again may work. */
  | 'busy'

/**
 * The store's one error class.
 * @example if (error instanceof StoreError && error.code === 'invalid-cursor') return badRequest()
 */
export class StoreError extends Error {
  /** What went wrong, for programs. */
  readonly code: StoreErrorCode

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreError'
    this.code = code
  }
}

/** Connection-level failures: the database is down, restarting or unreachable, so a retry later may work. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
])

/** The error codes along an error's `cause` chain (Drizzle wraps driver errors in its own). */
function codesOf(error: unknown): string[] {
  const codes: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const { code, errno } = current as { code?: unknown; errno?: unknown }
    if (typeof code === 'string') codes.push(code)
    if (typeof errno === 'string') codes.push(errno)
    current = (current as { cause?: unknown }).cause
  }
  return codes
}

/**
 * True when an error means the database cannot be reached right now (an API answers 503 for it).
 * @example isUnavailable(error) // true for ECONNREFUSED from postgres.js
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreError) return error.code === 'unavailable'
  return codesOf(error).some((code) => UNAVAILABLE_CODES.has(code) || code.startsWith('08'))
}

/** The disk holding the database is full: PostgreSQL's disk_full, or the system's own codes for it. */
const DISK_FULL_CODES = new Set(['53100', 'ENOSPC', 'EDQUOT'])

/**
 * True when an error means the database's disk has no room for a write (an API answers 507 for it): reads may
 * still work, and writes will once space is freed.
 * @example isDiskFull(new StoreError('disk-full', 'full')) // true
 */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof StoreError) return error.code === 'disk-full'
  return codesOf(error).some((code) => DISK_FULL_CODES.has(code))
}

/** A SQLSTATE: five digits or capitals (PostgreSQL's and PGlite's errors carry one; Node's own are ERR_…). */
const SQLSTATE = /^[0-9A-Z]{5}$/

/**
 * True when an error came from the database or the way to it (a SQLSTATE or a connection code along its causes, or
 * a StoreError), not from a bug in the code around it: what a caller may report and try again later.
 * @example isDatabaseFailure(new TypeError('x is undefined')) // false
 */
export function isDatabaseFailure(error: unknown): boolean {
  if (error instanceof StoreError) return true
  return codesOf(error).some(
    (code) => SQLSTATE.test(code) || UNAVAILABLE_CODES.has(code) || DISK_FULL_CODES.has(code),
  )
}

/** True when a transaction lost a deadlock or serialization race, or a write found the store busy: run it again. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof StoreError) return error.code === 'busy'
  return codesOf(error).some((code) => code === '40P01' || code === '40001')
}

/** How many times in all a transaction that loses a deadlock or serialization race is run. */
export const ATTEMPTS = 6

/** The longest pause before a transaction that lost a race is run again, and the first pause's longest. */
const MOST_PAUSE_MS = 1_000
const FIRST_PAUSE_MS = 25

/**
 * How long to wait before running again a transaction whose `attempt`-th run lost a race: a random share
 * (`random()`, in [0, 1)) of a bound that doubles with each attempt, up to MOST_PAUSE_MS ("full jitter"). Two
 * transactions that deadlocked each other and were run again at once met again as often as not (issue 16); at
 * random pauses the second seldom finds the first still holding its locks. Pure.
 * @example retryPause(3, () => 0.5) // 50
 */
export function retryPause(attempt: number, random: () => number = Math.random): number {
  const bound = Math.min(MOST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.max(0, Math.min(attempt - 1, 16)))
  return Math.floor(random() * bound)
}

/** Waits `retryPause(attempt)` milliseconds. */
export function pauseBeforeRetry(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, retryPause(attempt)))
}

/**
 * Runs `run` (one transaction) again while it loses a deadlock or serialization race, `ATTEMPTS` times in all,
 * after a random pause that grows with each attempt (`retryPause`).
 * @example await retryingRaces(() => store.db.transaction((tx) => mergeActorInto(tx, from, into, how)))
 */
export async function retryingRaces<Result>(run: () => Promise<Result>): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      if (attempt < ATTEMPTS && isRetryable(error)) {
        await pauseBeforeRetry(attempt)
        continue
      }
      throw error
    }
  }
}

/** An error that stopped an ingest, with what its undo threw when that failed too. */
type WithUndoError = { undoError?: unknown }

/**
 * Keeps, on the error that stopped an ingest, the error its undo threw too (`undoErrorOf` reads it): the first
 * is the one to report, the second says why the store may hold actors without articles (`sweepOrphans`).
 * Answers the error that stopped the ingest.
 * @example throw withUndoError(error, await forgetIdentities(store, rows).then(() => undefined, (e) => e))
 */
export function withUndoError<E>(error: E, undoError: unknown): E {
  if (undoError === undefined || error === null || typeof error !== 'object') return error
  Object.defineProperty(error, 'undoError', {
    value: undoError,
    configurable: true,
    enumerable: false,
    writable: true,
  })
  return error
}

/**
 * What the undo of a failed ingest threw, when it failed too (else undefined).
 * @example if (undoErrorOf(error)) console.warn('the store may hold orphan actors: run whosaid actors sweep')
 */
export function undoErrorOf(error: unknown): unknown {
  return error !== null && typeof error === 'object' ? (error as WithUndoError).undoError : undefined
}
