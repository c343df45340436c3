/** What the limit says about one page request. */
export type ReaderDecision = { allowed: boolean; retryAfterSeconds: number }

/** Readers tracked before expired windows are swept, so that many addresses cannot grow memory without bound. */
const SWEEP_AT = 10_000

/**
 * Counts page requests per reader (client address) in fixed windows of `windowMs`, allowing `limit` per window,
 * so that one reader going fast uses up its own share and nobody else's.
 * @example const limit = createReaderLimit({ limit: 300, windowMs: 60_000 }); limit.hit('203.0.113.7').allowed
 */
export function createReaderLimit(options: { limit: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now
  const windows = new Map<string, { start: number; count: number }>()
  return {
    hit(reader: string): ReaderDecision {
      const time = now()
      if (windows.size >= SWEEP_AT) {
        for (const [stale, window] of windows) {
          if (time - window.start >= options.windowMs) windows.delete(stale)
        }
        // Still full of live windows: start afresh rather than grow (a flood of addresses is itself an attack).
        if (windows.size >= SWEEP_AT) windows.clear()
      }
      let window = windows.get(reader)
      if (!window || time - window.start >= options.windowMs) {
        window = { start: time, count: 0 }
        windows.set(reader, window)
      }
      window.count++
      return {
        allowed: window.count <= options.limit,
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + options.windowMs - time) / 1000)),
      }
    },
    /** How many readers it tracks. */
    size: () => windows.size,
  }
}

/** The answer to a reader over the limit: a short page, 429, and when to come back. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Too many requests · whosaid</title><h1>Too many requests</h1><p>You have asked for pages faster than the site serves one reader. Try again in ${retryAfterSeconds} s.</p></html>`
  return new Response(body, {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(retryAfterSeconds),
      'Cache-Control': 'no-store',
    },
  })
}
