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

  it('leaves the other clients their share when one goes over the limit', () => {
    let time = 0
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => time })
    const fast = Array.from({ length: 5 }, () => limiter.hit('203.0.113.7').allowed)
    expect(fast).toEqual([true, true, true, false, false])
    expect(limiter.hit('198.51.100.9').allowed).toBe(true)
    time = 45_000
    expect(limiter.hit('203.0.113.7')).toMatchObject({ allowed: false, retryAfterSeconds: 15 })
    time = 60_000
    expect(limiter.hit('203.0.113.7').allowed).toBe(true)
  })

  it.each([
    { name: 'all live', clients: 50_000, windowMs: 60_000, step: 0 },
    { name: 'all expired but the newest', clients: 25_000, windowMs: 1_000, step: 1_000 },
  ])('keeps memory bounded under a flood of keys, $name', ({ clients, windowMs, step }) => {
    let time = 0
    const limiter = createRateLimiter({ limit: 1, windowMs, now: () => time })
    for (let i = 0; i < clients; i++) {
      time += step
      limiter.hit(`client-${i}`)
    }
    expect(limiter.size()).toBeLessThanOrEqual(10_000)
    // The newest client is still counted.
    expect(limiter.hit(`client-${clients - 1}`).allowed).toBe(false)
  })
})
