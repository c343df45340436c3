import { describe, expect, it } from 'vitest'
import {
  ATTEMPTS,
  isDatabaseFailure,
  isDiskFull,
  isRetryable,
  isUnavailable,
  retryingRaces,
  retryPause,
  StoreError,
} from './errors.ts'

/** An error with a driver code, wrapped the way Drizzle wraps driver errors. */
function wrapped(code: string): Error {
  return new Error('Failed query', { cause: Object.assign(new Error('driver'), { code }) })
}

describe('isUnavailable', () => {
  it.each([
    { error: wrapped('ECONNREFUSED'), expected: true },
    { error: wrapped('CONNECTION_ENDED'), expected: true },
    { error: wrapped('57P01'), expected: true },
    { error: wrapped('08006'), expected: true },
    { error: new StoreError('unavailable', 'down'), expected: true },
    { error: wrapped('23505'), expected: false },
    { error: new StoreError('invalid-cursor', 'bad'), expected: false },
    { error: new Error('plain'), expected: false },
    { error: 'a string', expected: false },
    { error: null, expected: false },
  ])('$error → $expected', ({ error, expected }) => {
    expect(isUnavailable(error)).toBe(expected)
  })
})

describe('isRetryable', () => {
  it.each([
    { code: '40P01', expected: true },
    { code: '40001', expected: true },
    { code: '23505', expected: false },
  ])('$code → $expected', ({ code, expected }) => {
    expect(isRetryable(wrapped(code))).toBe(expected)
  })
})

describe('isDiskFull', () => {
  it.each([
    { error: wrapped('53100'), expected: true },
    { error: wrapped('ENOSPC'), expected: true },
    { error: wrapped('EDQUOT'), expected: true },
    { error: new StoreError('disk-full', 'full'), expected: true },
    { error: wrapped('ECONNREFUSED'), expected: false },
    { error: new StoreError('unavailable', 'down'), expected: false },
    { error: new Error('No space left on device'), expected: false },
    { error: null, expected: false },
  ])('$error → $expected', ({ error, expected }) => {
    expect(isDiskFull(error)).toBe(expected)
  })
})

describe('isDatabaseFailure', () => {
  it.each([
    { error: wrapped('P0001'), expected: true },
    { error: wrapped('23505'), expected: true },
    { error: wrapped('ECONNRESET'), expected: true },
    { error: wrapped('ENOSPC'), expected: true },
    { error: new StoreError('busy', 'again'), expected: true },
    { error: new TypeError("Cannot read properties of undefined (reading 'id')"), expected: false },
    { error: wrapped('ERR_INVALID_ARG_TYPE'), expected: false },
    { error: new Error('plain'), expected: false },
    { error: undefined, expected: false },
  ])('$error → $expected', ({ error, expected }) => {
    expect(isDatabaseFailure(error)).toBe(expected)
  })
})

describe('retryingRaces', () => {
  it.each([
    { what: 'a deadlock once', failures: [wrapped('40P01')], runs: 2, fails: false },
    {
      what: 'a serialization race twice',
      failures: [wrapped('40001'), wrapped('40001')],
      runs: 3,
      fails: false,
    },
    { what: 'a busy store once', failures: [new StoreError('busy', 'busy')], runs: 2, fails: false },
    {
      what: 'deadlocks every time',
      failures: Array(ATTEMPTS).fill(wrapped('40P01')),
      runs: ATTEMPTS,
      fails: true,
    },
    { what: 'a unique violation', failures: [wrapped('23505')], runs: 1, fails: true },
  ])('$what: runs $runs times', async ({ failures, runs, fails }) => {
    let count = 0
    const run = async () => {
      const failure = failures[count++]
      if (failure) throw failure
      return 'done'
    }
    if (fails) await expect(retryingRaces(run)).rejects.toBeDefined()
    else await expect(retryingRaces(run)).resolves.toBe('done')
    expect(count).toBe(runs)
  })
})

describe('retryPause', () => {
  it.each([
    { attempt: 1, share: 0, pause: 0 },
    { attempt: 1, share: 0.5, pause: 12 },
    { attempt: 1, share: 0.999, pause: 24 },
    { attempt: 2, share: 0.5, pause: 25 },
    { attempt: 3, share: 0.5, pause: 50 },
    { attempt: 5, share: 0.999, pause: 399 },
    // The bound stops doubling at a second, however many attempts.
    { attempt: 7, share: 0.999, pause: 999 },
    { attempt: 60, share: 0.5, pause: 500 },
  ])('attempt $attempt at share $share waits $pause ms', ({ attempt, share, pause }) => {
    expect(retryPause(attempt, () => share)).toBe(pause)
  })
})
