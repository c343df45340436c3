import { describe, expect, test } from 'vitest'
import { createReaderLimit, tooManyRequests } from './reader-limit.ts'

describe('createReaderLimit', () => {
  test('one reader over the limit leaves the others their share', () => {
    let time = 0
    const limit = createReaderLimit({ limit: 3, windowMs: 60_000, now: () => time })
    const fast = Array.from({ length: 5 }, () => limit.hit('203.0.113.7').allowed)
    expect(fast).toEqual([true, true, true, false, false])
    expect(limit.hit('198.51.100.9').allowed).toBe(true)
    time = 45_000
    expect(limit.hit('203.0.113.7')).toEqual({ allowed: false, retryAfterSeconds: 15 })
    time = 60_000
    expect(limit.hit('203.0.113.7').allowed).toBe(true)
  })

  test('tracks a bounded number of readers', () => {
    const limit = createReaderLimit({ limit: 1, windowMs: 60_000, now: () => 0 })
    for (let i = 0; i < 25_000; i++) limit.hit(`reader-${i}`)
    expect(limit.size()).toBeLessThanOrEqual(10_000)
  })

  test('answers 429 with Retry-After', async () => {
    const response = tooManyRequests(12)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('12')
    expect(await response.text()).toContain('Try again in 12 s')
  })
})
