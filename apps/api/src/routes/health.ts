import { createRoute } from '@hono/zod-openapi'
import { ping } from '@whosaid/store/edge'
import type { App } from '../context.ts'
import { HealthSchema, jsonOf, problems } from '../schemas.ts'

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['meta'],
  summary: 'Liveness and database reachability',
  responses: { 200: jsonOf(HealthSchema, 'Up, and the database answers.'), ...problems() },
})

/** GET /healthz: answers only when the database does, so a load balancer can take a broken instance out. */
export function registerHealthRoutes(app: App): void {
  app.openapi(healthRoute, async (c) => {
    await ping(c.var.store)
    return c.json({ ok: true as const }, 200)
  })
}
