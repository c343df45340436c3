import { createRoute } from '@hono/zod-openapi'
import {
  ActorDetailSchema,
  ActorSummarySchema,
  canonicalActorId,
  getActor,
  listActors,
  listStatementsJson,
  pageSchema,
  StatementViewSchema,
} from '@whosaid/store/edge'
import type { App } from '../context.ts'
import { ApiError } from '../errors.ts'
import {
  ActorParamsSchema,
  ActorQuerySchema,
  ActorStatementQuerySchema,
  jsonOf,
  problems,
} from '../schemas.ts'
import { sendJsonBytes } from '../send-json-bytes.ts'

const listActorRoute = createRoute({
  method: 'get',
  path: '/v1/actors',
  tags: ['actors'],
  summary: 'List actors, those in most articles first',
  request: { query: ActorQuerySchema },
  responses: { 200: jsonOf(pageSchema(ActorSummarySchema), 'A page of actors.'), ...problems(400) },
})

const getActorRoute = createRoute({
  method: 'get',
  path: '/v1/actors/{id}',
  tags: ['actors'],
  summary: 'One actor with its stances and timeline',
  request: { params: ActorParamsSchema },
  responses: {
    200: jsonOf(ActorDetailSchema, 'The actor.'),
    308: { description: 'The id was merged into another actor: Location names the canonical one.' },
    ...problems(400, 404),
  },
})

const actorStatementRoute = createRoute({
  method: 'get',
  path: '/v1/actors/{id}/statements',
  tags: ['actors', 'statements'],
  summary: 'Statements an actor made, newest first',
  request: { params: ActorParamsSchema, query: ActorStatementQuerySchema },
  responses: { 200: jsonOf(pageSchema(StatementViewSchema), 'A page of statements.'), ...problems(400) },
})

/** GET /v1/actors, GET /v1/actors/{id}, GET /v1/actors/{id}/statements. */
export function registerActorRoutes(app: App): void {
  app.openapi(listActorRoute, async (c) => c.json(await listActors(c.var.store, c.req.valid('query')), 200))

  app.openapi(getActorRoute, async (c) => {
    const { id } = c.req.valid('param')
    const actor = await getActor(c.var.store, id)
    if (!actor) {
      // An id merged into another actor answers with the way to it.
      const canonical = await canonicalActorId(c.var.store, id)
      if (canonical && canonical !== id) {
        return c.redirect(`/v1/actors/${encodeURIComponent(canonical)}`, 308) as never
      }
      throw new ApiError(404, 'not-found', `No actor ${id}.`)
    }
    return c.json(actor, 200)
  })

  app.openapi(actorStatementRoute, async (c) => {
    const { id } = c.req.valid('param')
    return sendJsonBytes(
      c,
      await listStatementsJson(c.var.store, { ...c.req.valid('query'), speaker: id }),
      200,
    )
  })
}
