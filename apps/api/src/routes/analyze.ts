import { createRoute } from '@hono/zod-openapi'
import { AnalysisSchema } from '@whosaid/core'
import type { App } from '../context.ts'
import { formattedAnalysis } from '../format-response.ts'
import { ArticleInputSchema, analysisOf, FormatQuerySchema, problems } from '../schemas.ts'

const analyzeRoute = createRoute({
  method: 'post',
  path: '/v1/analyze',
  tags: ['articles'],
  summary: 'Analyze an article without storing it',
  request: {
    query: FormatQuerySchema,
    body: { required: true, content: { 'application/json': { schema: ArticleInputSchema } } },
  },
  responses: {
    200: analysisOf(AnalysisSchema, 'The analysis, in the format asked for.'),
    ...problems(400, 413, 415, 422),
  },
})

/** POST /v1/analyze. */
export function registerAnalyzeRoutes(app: App): void {
  app.openapi(analyzeRoute, async (c) => {
    const { text, ...meta } = c.req.valid('json')
    const analysis = await c.var.analyzer(text, meta)
    return (
      formattedAnalysis(analysis, c.req.valid('query').format, c.req.header('accept')) ??
      c.json(analysis, 200)
    )
  })
}
