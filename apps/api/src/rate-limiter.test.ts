import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rate-limiter.ts'

describe('createRateLimiter', () => {
  it('allows `limit` hits per window and key, then says when to retry', () => {
    let time = 0
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000, now: () => time })
    expect(
      [limiter.hit('a'), limiter.hit('a'), limiter.hit('a')].map((decision) => decision.allowed),
    ).toEqual([true, true, false])
    expect(limiter.hit('b').allowed).toBe(true)
    time = 4_000
    expect(limiter.hit('a')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 6 })
    time = 10_000
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 1 })
  })

  it('keeps memory bounded under a flood of keys', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: () => 0 })
    for (let i = 0; i < 50_000; i++) limiter.hit(`client-${i}`)
    expect(limiter.size()).toBeLessThanOrEqual(10_000)
    // The newest clients are still counted.
    expect(limiter.hit('client-49999').allowed).toBe(false)
  })
})
