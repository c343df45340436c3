import { createRoute } from '@hono/zod-openapi'
import { listRelations, pageSchema, RelationViewSchema } from '@whosaid/store/edge'
import { withStoredActorIds } from '../actor-filters.ts'
import type { App } from '../context.ts'
import { jsonOf, problems, RelationQuerySchema } from '../schemas.ts'

const listRelationRoute = createRoute({
  method: 'get',
  path: '/v1/relations',
  tags: ['relations'],
  summary: 'Actor → actor stance edges, best attested first',
  description: 'An actor id in `actor` that was merged into another actor filters by that canonical actor.',
  request: { query: RelationQuerySchema },
  responses: { 200: jsonOf(pageSchema(RelationViewSchema), 'A page of relations.'), ...problems(400) },
})

/** GET /v1/relations. */
export function registerRelationRoutes(app: App): void {
  app.openapi(listRelationRoute, async (c) =>
    c.json(
      await listRelations(c.var.store, await withStoredActorIds(c.var.store, c.req.valid('query'))),
      200,
    ),
  )
}
