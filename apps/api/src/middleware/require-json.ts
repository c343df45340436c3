import type { Context, MiddlewareHandler, Next } from 'hono'
import { ApiError } from '../errors.ts'

/** Refuses a POST whose body is not declared JSON (415). */
function checkJsonType(c: Context): void {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported-media-type', 'Send the body as application/json.')
  }
}

/**
 * Refuses a body that is not JSON (415) or not parseable JSON (400), before validation sees it.
 * Hono caches the parsed body, so the validator reads it again for free.
 */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'POST') return next()
  checkJsonType(c)
  try {
    await c.req.json()
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError(400, 'malformed-json', 'The body is not valid JSON.')
  }
  return next()
}

/**
 * Refuses a body that is not declared JSON (415) and leaves its parse to the route: a large article's, which
 * `routes/articles.ts` parses off the server's thread (answering 400 `malformed-json` as `requireJson` does).
 */
export const requireJsonType: MiddlewareHandler = async (c: Context, next: Next) => {
  if (c.req.method === 'POST') checkJsonType(c)
  return next()
}
