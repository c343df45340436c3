import { describe, expect, it } from 'vitest'
import { errorOf } from './queue-counts.ts'
import { isQueueJob } from './queue-job.ts'
import { parseThreads, queueDatabaseUrl } from './queue-options.ts'

const none = { databaseUrl: undefined, dataDir: undefined }

describe('queueDatabaseUrl', () => {
  it.each([
    [{ db: 'postgres://u@127.0.0.1/q' }, none, 'postgres://u@127.0.0.1/q'],
    [{}, { databaseUrl: 'postgresql://u@h/env', dataDir: undefined }, 'postgresql://u@h/env'],
  ])('takes %j (environment %j) as %s', (values, env, expected) => {
    expect(queueDatabaseUrl(values, 'worker', env)).toBe(expected)
  })

  it.each([
    [{}, /worker needs a PostgreSQL database/],
    [{ data: '.whosaid' }, /give --db URL, not --data/],
    [{ db: 'mysql://h/q' }, /PostgreSQL URL/],
  ])('refuses %j as a usage error', (values, message) => {
    expect(() => queueDatabaseUrl(values, 'worker', none)).toThrow(
      expect.objectContaining({ code: 'usage', message: expect.stringMatching(message) }),
    )
  })
})

describe('parseThreads', () => {
  it.each([
    ['1', 1],
    ['64', 64],
  ])('reads %j as %d', (value, expected) => {
    expect(parseThreads(value)).toBe(expected)
  })

  it('defaults to at least one thread', () => {
    expect(parseThreads(undefined)).toBeGreaterThanOrEqual(1)
  })

  it.each(['0', '65', 'two', '1.5'])('refuses %j', (value) => {
    expect(() => parseThreads(value)).toThrow(expect.objectContaining({ code: 'usage' }))
  })
})

describe('errorOf', () => {
  it.each([
    [{ code: 'binary', message: 'looks binary' }, 'binary: looks binary'],
    [{ message: 'boom', stack: '…' }, 'boom'],
    ['plain words', 'plain words'],
    [{ other: 1 }, '{"other":1}'],
    [null, 'failed (no reason recorded)'],
  ])('reads %j as %j', (output, expected) => {
    expect(errorOf(output)).toBe(expected)
  })
})

describe('isQueueJob', () => {
  it.each([
    [{ kind: 'url', label: 'https://example.com', url: 'https://example.com' }, true],
    [{ kind: 'text-file', label: 'a.txt', base64: '' }, true],
    [{ kind: 'sql', label: 'x' }, false],
    [{ kind: 'url' }, false],
    ['url', false],
    [null, false],
  ])('%j is a job: %s', (value, expected) => {
    expect(isQueueJob(value)).toBe(expected)
  })
})
