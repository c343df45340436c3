import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'

/** What CORS allows: origins (`['*']` for any) and the methods and headers a preflight lists. */
export type CorsOptions = {
  origins: readonly string[]
  allowMethods: string[]
  allowHeaders: string[]
  exposeHeaders: string[]
  maxAge: number
}

/**
 * CORS as Hono's `cors()` answers it, except that an ordinary request gets its headers after the route has
 * answered. Hono's middleware sets them on `c.res` before the route runs, which makes Hono copy every answer
 * into a new Response and sends it down Node's slow streaming path instead of writing the string at once.
 * Preflights (OPTIONS) are Hono's own.
 * @example app.use('*', corsHeaders({ origins: ['*'], allowMethods: ['GET'], allowHeaders: [], exposeHeaders: [], maxAge: 600 }))
 */
export function corsHeaders(options: CorsOptions): MiddlewareHandler {
  const anyOrigin = options.origins.includes('*')
  const preflight = cors({
    origin: anyOrigin ? '*' : [...options.origins],
    allowMethods: options.allowMethods,
    allowHeaders: options.allowHeaders,
    exposeHeaders: options.exposeHeaders,
    maxAge: options.maxAge,
  })
  const exposed = options.exposeHeaders.join(',')
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next)
    await next()
    const origin = c.req.header('origin') ?? ''
    const allowed = anyOrigin ? '*' : options.origins.includes(origin) ? origin : null
    const headers = c.res.headers
    if (allowed) headers.set('Access-Control-Allow-Origin', allowed)
    if (exposed) headers.set('Access-Control-Expose-Headers', exposed)
    if (!anyOrigin) headers.append('Vary', 'Origin')
  }
}
