import { createRoute } from '@hono/zod-openapi'
import { SearchResultSchema, searchAll } from '@whosaid/store/edge'
import type { App } from '../context.ts'
import { jsonOf, problems, SearchQuerySchema } from '../schemas.ts'

const searchRoute = createRoute({
  method: 'get',
  path: '/v1/search',
  tags: ['search'],
  summary: 'Search articles, actors and statements at once',
  request: { query: SearchQuerySchema },
  responses: { 200: jsonOf(SearchResultSchema, 'The best few of each kind.'), ...problems(400) },
})

/** GET /v1/search. */
export function registerSearchRoutes(app: App): void {
  app.openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid('query')
    return c.json(await searchAll(c.var.store, q, limit), 200)
  })
}
