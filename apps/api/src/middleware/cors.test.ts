import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { corsHeaders } from './cors.ts'

/** A tiny app behind the middleware: one JSON route, one raw Response, one error. */
function appWith(origins: readonly string[]) {
  const app = new Hono()
  app.use(
    '*',
    corsHeaders({
      origins,
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'],
      exposeHeaders: ['Location', 'Retry-After'],
      maxAge: 600,
    }),
  )
  app.get('/json', (c) => c.json({ ok: true }))
  app.get('/raw', () => new Response('raw', { headers: { 'Content-Type': 'text/plain' } }))
  app.get('/fails', () => {
    throw new Error('boom')
  })
  app.onError((_error, c) => c.json({ failed: true }, 500))
  return app
}

describe('corsHeaders', () => {
  it.each([
    { origins: ['*'], origin: 'https://a.example', path: '/json', allow: '*', vary: null },
    { origins: ['*'], origin: undefined, path: '/raw', allow: '*', vary: null },
    { origins: ['*'], origin: 'https://a.example', path: '/fails', allow: '*', vary: null },
    {
      origins: ['https://site.example'],
      origin: 'https://site.example',
      path: '/json',
      allow: 'https://site.example',
      vary: 'Origin',
    },
    {
      origins: ['https://site.example'],
      origin: 'https://a.example',
      path: '/json',
      allow: null,
      vary: 'Origin',
    },
    { origins: ['https://site.example'], origin: undefined, path: '/raw', allow: null, vary: 'Origin' },
  ])('$origins, Origin $origin, $path → $allow', async ({ origins, origin, path, allow, vary }) => {
    const response = await appWith(origins).request(path, { headers: origin ? { Origin: origin } : {} })
    expect(response.headers.get('access-control-allow-origin')).toBe(allow)
    expect(response.headers.get('access-control-expose-headers')).toBe('Location,Retry-After')
    expect(response.headers.get('vary')).toBe(vary)
  })

  it('answers preflights as Hono’s cors() does', async () => {
    const response = await appWith(['*']).request('/json', {
      method: 'OPTIONS',
      headers: { Origin: 'https://a.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS')
    expect(response.headers.get('access-control-allow-headers')).toBe('Authorization,Content-Type')
    expect(response.headers.get('access-control-max-age')).toBe('600')
  })
})
