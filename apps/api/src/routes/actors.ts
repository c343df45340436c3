import { createRoute } from '@hono/zod-openapi'
import {
  ActorDetailSchema,
  ActorSummarySchema,
  type CurationResult,
  canonicalActorId,
  getActor,
  importRegistry,
  listActors,
  listSpeakerStatementsJson,
  mergeActor,
  pageSchema,
  RegistrySchema,
  StatementViewSchema,
  splitActor,
} from '@whosaid/store/edge'
import type { Context } from 'hono'
import { withStoredActorIds } from '../actor-filters.ts'
import type { App, AppEnv } from '../context.ts'
import { ApiError } from '../errors.ts'
import {
  ActorMergeSchema,
  ActorParamsSchema,
  ActorQuerySchema,
  ActorSplitSchema,
  ActorStatementQuerySchema,
  jsonOf,
  problems,
  RegistryImportSchema,
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
  description:
    'An id merged into another actor answers 308 to the canonical actor’s statements, with the same query; ' +
    'a `target` merged into another actor filters by that canonical actor.',
  request: { params: ActorParamsSchema, query: ActorStatementQuerySchema },
  responses: {
    200: jsonOf(pageSchema(StatementViewSchema), 'A page of statements.'),
    308: { description: 'The id was merged into another actor: Location names its statements, same query.' },
    ...problems(400),
  },
})

const mergeActorRoute = createRoute({
  method: 'post',
  path: '/v1/actors/{id}/merge',
  tags: ['actors'],
  summary: 'Merge an actor into another (curation)',
  description:
    'Records that actor {id} is actor `into`: its statements, articles, mentions and stances, and every id ' +
    'merged into it, move to `into`’s canonical actor, and {id} answers 308 to it. A curated decision: later ' +
    'automatic ones leave it. Undo it with POST /v1/actors/{id}/split.',
  security: [{ bearer: [] }],
  request: {
    params: ActorParamsSchema,
    body: { required: true, content: { 'application/json': { schema: ActorMergeSchema } } },
  },
  responses: {
    200: jsonOf(ActorDetailSchema, 'The canonical actor, with everything merged into it.'),
    ...problems(400, 401, 403, 404, 409, 415),
  },
})

const splitActorRoute = createRoute({
  method: 'post',
  path: '/v1/actors/{id}/split',
  tags: ['actors'],
  summary: 'Split a merged actor off again (curation)',
  description:
    'Undoes the merge of actor id {id} (automatic or curated): it becomes its own actor again, with the ' +
    'statements, mentions and articles its extractions gave it. The body is `{}`. A curated decision.',
  security: [{ bearer: [] }],
  request: {
    params: ActorParamsSchema,
    body: { required: true, content: { 'application/json': { schema: ActorSplitSchema } } },
  },
  responses: {
    200: jsonOf(ActorDetailSchema, 'The actor split off.'),
    ...problems(400, 401, 403, 404, 409, 415),
  },
})

const importRegistryRoute = createRoute({
  method: 'post',
  path: '/v1/actors/import',
  tags: ['actors'],
  summary: 'Import a registry of known actors',
  description:
    'Each entry (id, name, kind, aliases, role, affiliation, wikidata) becomes a registered, canonical actor: ' +
    'mentions of its name or aliases resolve to it, stored actors it names join it, and its detail shows ' +
    'its Wikidata item. The same registry twice changes nothing more.',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: RegistrySchema } } } },
  responses: {
    200: jsonOf(RegistryImportSchema, 'What the import did.'),
    ...problems(400, 401, 403, 413, 415),
  },
})

/** Answers a curation's canonical actor, or the problem that stopped it. */
async function curated(c: Context<AppEnv>, id: string, result: CurationResult) {
  if (!result.ok) {
    if (result.reason === 'not-found') throw new ApiError(404, 'not-found', `No actor ${id}.`)
    throw new ApiError(
      409,
      result.reason === 'same' ? 'already-merged' : 'not-merged',
      result.reason === 'same' ? `${id} is that actor already.` : `${id} is merged into no other actor.`,
    )
  }
  const actor = await getActor(c.var.store, result.canonical)
  if (!actor) throw new ApiError(404, 'not-found', `No actor ${result.canonical}.`)
  return actor
}

/**
 * GET /v1/actors, GET /v1/actors/{id}, GET /v1/actors/{id}/statements; with the write token, POST
 * /v1/actors/import, /v1/actors/{id}/merge and /v1/actors/{id}/split.
 */
export function registerActorRoutes(app: App): void {
  app.openapi(importRegistryRoute, async (c) =>
    c.json(await importRegistry(c.var.store, c.req.valid('json')), 200),
  )

  app.openapi(mergeActorRoute, async (c) => {
    const { id } = c.req.valid('param')
    const { into } = c.req.valid('json')
    return c.json(await curated(c, id, await mergeActor(c.var.store, id, into)), 200)
  })

  app.openapi(splitActorRoute, async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await curated(c, id, await splitActor(c.var.store, id)), 200)
  })

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
    const query = await withStoredActorIds(c.var.store, c.req.valid('query'))
    // One query finds the page and the id the store keeps this actor's statements under.
    const { storedId, page } = await listSpeakerStatementsJson(c.var.store, id, query)
    if (storedId !== id) {
      const { search } = new URL(c.req.url)
      return c.redirect(`/v1/actors/${encodeURIComponent(storedId)}/statements${search}`, 308) as never
    }
    return sendJsonBytes(c, page, 200)
  })
}
