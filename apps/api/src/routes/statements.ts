import { createRoute } from '@hono/zod-openapi'
import { listStatementsJson, pageSchema, StatementViewSchema } from '@whosaid/store/edge'
import { withStoredActorIds } from '../actor-filters.ts'
import type { App } from '../context.ts'
import { toDateRange } from '../dates.ts'
import { jsonOf, problems, StatementQuerySchema } from '../schemas.ts'
import { sendJsonBytes } from '../send-json-bytes.ts'

const listStatementRoute = createRoute({
  method: 'get',
  path: '/v1/statements',
  tags: ['statements'],
  summary: 'List statements, newest first',
  description:
    'An actor id in `speaker` or `target` that was merged into another actor filters by that canonical actor.',
  request: { query: StatementQuerySchema },
  responses: { 200: jsonOf(pageSchema(StatementViewSchema), 'A page of statements.'), ...problems(400) },
})

/** GET /v1/statements. */
export function registerStatementRoutes(app: App): void {
  app.openapi(listStatementRoute, async (c) => {
    const { from, to, ...filter } = c.req.valid('query')
    const query = await withStoredActorIds(c.var.store, filter)
    return sendJsonBytes(
      c,
      await listStatementsJson(c.var.store, { ...query, ...toDateRange(from, to) }),
      200,
    )
  })
}
