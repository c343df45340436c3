import type { MiddlewareHandler } from 'hono'
import { timingSafeEqual } from 'hono/utils/buffer'
import { ApiError } from '../errors.ts'

/**
 * Lets a write through only with `Authorization: Bearer <token>`; with no token configured, refuses every write.
 * @example app.use('/v1/articles', requireToken(env.WHOSAID_API_TOKEN))
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next()
    if (!token) {
      throw new ApiError(
        403,
        'writes-disabled',
        'This server accepts no writes: start it with WHOSAID_API_TOKEN set.',
      )
    }
    const given = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(c.req.header('authorization') ?? '')?.[1]
    if (!given || !(await timingSafeEqual(given, token))) {
      throw new ApiError(401, 'unauthorized', 'Send Authorization: Bearer <WHOSAID_API_TOKEN>.', {
        headers: { 'WWW-Authenticate': 'Bearer realm="whosaid"' },
      })
    }
    return next()
  }
}
