import { createRoute } from '@hono/zod-openapi'
import { ping } from '@whosaid/store/edge'
import type { App } from '../context.ts'
import { HealthSchema, jsonOf, problems } from '../schemas.ts'

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['meta'],
  summary: 'Liveness and database reachability',
  responses: {
    200: jsonOf(
      HealthSchema,
      'Up, and the database answers (or is at work and has answered within the last minute).',
    ),
    ...problems(),
  },
})

/**
 * GET /healthz: answers only when the database does, so a load balancer can take a broken instance out; an embedded
 * database at work on a long write counts as answering as long as it answers one of its queries each minute
 * (`ping`), so a large article does not look down.
 */
export function registerHealthRoutes(app: App): void {
  app.openapi(healthRoute, async (c) => {
    await ping(c.var.store)
    return c.json({ ok: true as const }, 200)
  })
}
