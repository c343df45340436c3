import { createRoute } from '@hono/zod-openapi'
import { listStatementsJson, pageSchema, StatementViewSchema } from '@whosaid/store/edge'
import type { App } from '../context.ts'
import { toDateRange } from '../dates.ts'
import { jsonOf, problems, StatementQuerySchema } from '../schemas.ts'
import { sendJsonBytes } from '../send-json-bytes.ts'

const listStatementRoute = createRoute({
  method: 'get',
  path: '/v1/statements',
  tags: ['statements'],
  summary: 'List statements, newest first',
  request: { query: StatementQuerySchema },
  responses: { 200: jsonOf(pageSchema(StatementViewSchema), 'A page of statements.'), ...problems(400) },
})

/** GET /v1/statements. */
export function registerStatementRoutes(app: App): void {
  app.openapi(listStatementRoute, async (c) => {
    const { from, to, ...filter } = c.req.valid('query')
    return sendJsonBytes(
      c,
      await listStatementsJson(c.var.store, { ...filter, ...toDateRange(from, to) }),
      200,
    )
  })
}
