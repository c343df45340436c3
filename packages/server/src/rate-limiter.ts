// Counting requests per client, for the API's rate limit and the site's per-reader limit. No Node imports: the
// API's app uses it on workerd too.

/** What the limiter says about one request. */
export type RateDecision = { allowed: boolean; remaining: number; retryAfterSeconds: number }

/** A fixed-window request counter per client key. */
export type RateLimiter = {
  /** Counts one request of the client `key` and says whether it is within the limit. */
  hit(key: string): RateDecision
  /** How many keys it tracks (bounded). */
  size(): number
}

/** Keys kept before expired windows are swept, so that many clients cannot grow memory without bound. */
const SWEEP_AT = 10_000

/**
 * Counts requests per key in fixed windows of `windowMs`, allowing `limit` per window, so that one client going
 * fast uses up its own share and nobody else's.
 * @example const limiter = createRateLimiter({ limit: 100, windowMs: 60_000 }); limiter.hit('127.0.0.1').allowed
 */
export function createRateLimiter(options: {
  limit: number
  windowMs: number
  now?: () => number
}): RateLimiter {
  const now = options.now ?? Date.now
  const windows = new Map<string, { start: number; count: number }>()
  return {
    hit(key) {
      const time = now()
      if (windows.size >= SWEEP_AT) {
        for (const [stale, window] of windows)
          if (time - window.start >= options.windowMs) windows.delete(stale)
        // Still full of live windows: forget the oldest half rather than grow (a flood of keys is itself an attack).
        if (windows.size >= SWEEP_AT) {
          let drop = windows.size / 2
          for (const stale of windows.keys()) {
            if (drop-- <= 0) break
            windows.delete(stale)
          }
        }
      }
      let window = windows.get(key)
      if (!window || time - window.start >= options.windowMs) {
        window = { start: time, count: 0 }
        windows.set(key, window)
      }
      window.count++
      return {
        allowed: window.count <= options.limit,
        remaining: Math.max(0, options.limit - window.count),
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + options.windowMs - time) / 1000)),
      }
    },
    size: () => windows.size,
  }
}
