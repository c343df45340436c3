import { createRoute } from '@hono/zod-openapi'
import { AnalysisSchema } from '@whosaid/core'
import type { App } from '../context.ts'
import { ArticleInputSchema, jsonOf, problems } from '../schemas.ts'

const analyzeRoute = createRoute({
  method: 'post',
  path: '/v1/analyze',
  tags: ['articles'],
  summary: 'Analyze an article without storing it',
  request: { body: { required: true, content: { 'application/json': { schema: ArticleInputSchema } } } },
  responses: { 200: jsonOf(AnalysisSchema, 'The analysis.'), ...problems(400, 413, 415) },
})

/** POST /v1/analyze. */
export function registerAnalyzeRoutes(app: App): void {
  app.openapi(analyzeRoute, (c) => {
    const { text, ...meta } = c.req.valid('json')
    return c.json(c.var.analyzer(text, meta), 200)
  })
}
