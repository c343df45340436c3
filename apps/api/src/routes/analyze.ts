import { createRoute } from '@hono/zod-openapi'
import { AnalysisSchema, type AnalyzeOptions, type OutputFormat } from '@whosaid/core'
import type { Context } from 'hono'
import type { App, AppEnv } from '../context.ts'
import { ApiError, checkedBody } from '../errors.ts'
import { ANALYSIS_FORMATS, chooseFormat, formattedAnalysis } from '../format-response.ts'
import { isLargeJsonBody } from '../large-json-body.ts'
import { ArticleInputSchema, analysisOf, FormatQuerySchema, problems } from '../schemas.ts'
import { bytesInSlices, sendJsonBytes } from '../send-json-bytes.ts'

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

/**
 * The answer to an analysis: in JSON, the bytes `analyzeJson` made (on the analysis thread on Node, so that the
 * server's thread neither copies the analysis nor stringifies it), sent a slice at a time; in another format, the
 * analysis formatted here.
 */
async function answerAnalysis(
  c: Context<AppEnv>,
  text: string,
  meta: AnalyzeOptions,
  format: OutputFormat | undefined,
) {
  const accept = c.req.header('accept')
  if (chooseFormat(format, accept, ANALYSIS_FORMATS) === 'json')
    return sendJsonBytes(c, bytesInSlices(await c.var.analyzeJson(text, meta)), 200)
  const analysis = await c.var.analyzer(text, meta)
  return formattedAnalysis(analysis, format, accept) ?? c.json(analysis, 200)
}

/** POST /v1/analyze. */
export function registerAnalyzeRoutes(app: App): void {
  // A large body (over LARGE_JSON_BODY, where the analyze limit allows one) is decoded, parsed and its text hashed
  // by `readJson` (off the server's thread on Node) and checked here; any other goes on to the OpenAPI route.
  app.post('/v1/analyze', async (c, next) => {
    if (!isLargeJsonBody(c)) return next()
    const { format } = checkedBody(FormatQuerySchema, c.req.query())
    const read = await c.var.readJson(await c.req.arrayBuffer())
    if ('malformed' in read) throw new ApiError(400, 'malformed-json', 'The body is not valid JSON.')
    const { text, ...meta } = checkedBody(ArticleInputSchema, read.value)
    return answerAnalysis(c, text, meta, format)
  })

  app.openapi(analyzeRoute, async (c) => {
    const { text, ...meta } = c.req.valid('json')
    return answerAnalysis(c, text, meta, c.req.valid('query').format)
  })
}
