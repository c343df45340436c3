import { createRateLimiter } from '@whosaid/server/rate-limiter'
import type { Context, MiddlewareHandler } from 'hono'
import { ApiError } from '../errors.ts'

/**
 * Answers 429 with Retry-After when a client (as `clientKey` names it) goes over `limit` requests per minute.
 * @example app.use('/v1/*', rateLimit({ limit: 600, clientKey: () => 'everyone' }))
 */
export function rateLimit(options: {
  limit: number
  windowMs?: number
  clientKey: (c: Context) => string
}): MiddlewareHandler {
  const limiter = createRateLimiter({ limit: options.limit, windowMs: options.windowMs ?? 60_000 })
  return async (c, next) => {
    const decision = limiter.hit(options.clientKey(c))
    c.header('RateLimit-Limit', String(options.limit))
    c.header('RateLimit-Remaining', String(decision.remaining))
    if (!decision.allowed) {
      throw new ApiError(429, 'rate-limited', `Over ${options.limit} requests per window: slow down.`, {
        headers: { 'Retry-After': String(decision.retryAfterSeconds) },
      })
    }
    return next()
  }
}
