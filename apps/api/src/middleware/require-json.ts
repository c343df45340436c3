import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../errors.ts'

/**
 * Refuses a body that is not JSON (415) or not parseable JSON (400), before validation sees it.
 * Hono caches the parsed body, so the validator reads it again for free.
 */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'POST') return next()
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported-media-type', 'Send the body as application/json.')
  }
  try {
    await c.req.json()
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError(400, 'malformed-json', 'The body is not valid JSON.')
  }
  return next()
}
