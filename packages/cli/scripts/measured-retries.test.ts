import { describe, expect, it } from 'vitest'
import { type CompletedJob, measuredRetries } from './measured-retries.ts'

const released = new Date('2026-01-01T10:00:00Z')
const at = (iso: string, output: unknown): CompletedJob => ({ startedOn: new Date(iso), output })
const stored = (retries: number) => ({ kind: 'stored', articleId: 'a', created: true, retries })

describe('measuredRetries', () => {
  it.each([
    ['no jobs', [], 0],
    ['measured jobs only', [at('2026-01-01T10:00:01Z', stored(2)), at('2026-01-01T10:00:02Z', stored(1))], 3],
    [
      'warm-up jobs before the release are left out',
      [at('2026-01-01T09:59:59Z', stored(5)), at('2026-01-01T10:00:01Z', stored(1))],
      1,
    ],
    ['a job started at the release counts', [at('2026-01-01T10:00:00Z', stored(1))], 1],
    ['a feed that queued entries has none', [at('2026-01-01T10:00:01Z', { kind: 'queued', jobs: 3 })], 0],
    [
      'an answer without retries has none',
      [at('2026-01-01T10:00:01Z', null), at('2026-01-01T10:00:01Z', { kind: 'stored' })],
      0,
    ],
  ] as const)('%s', (_name, jobs, expected) => {
    expect(measuredRetries(jobs, released)).toBe(expected)
  })
})
