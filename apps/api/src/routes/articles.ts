import { createRoute } from '@hono/zod-openapi'
import { type Analysis, type AnalyzeOptions, hashText } from '@whosaid/core'
import {
  ArticleSummarySchema,
  getArticle,
  isLargeAnalysis,
  type JsonStream,
  type JsonText,
  jsonStream,
  listArticles,
  pageSchema,
  type StoredAnalysis,
  StoredAnalysisSchema,
  storeAnalysis,
  stringifyInSlices,
} from '@whosaid/store/edge'
import type { Context } from 'hono'
import { withStoredActorIds } from '../actor-filters.ts'
import type { App, AppEnv } from '../context.ts'
import { toDateRange } from '../dates.ts'
import { ApiError, checkedBody } from '../errors.ts'
import { formattedAnalysis } from '../format-response.ts'
import { articleFromHtml, HtmlInputSchema, isHtmlType } from '../html-input.ts'
import { isLargeJsonBody } from '../large-json-body.ts'
import {
  ArticleInputSchema,
  ArticleParamsSchema,
  ArticleQuerySchema,
  analysisOf,
  FormatQuerySchema,
  jsonOf,
  problems,
} from '../schemas.ts'
import { sendJsonBytes } from '../send-json-bytes.ts'

const postArticle = createRoute({
  method: 'post',
  path: '/v1/articles',
  tags: ['articles'],
  summary: 'Analyze and store an article',
  description:
    'Stores the article with its actors and statements. The same text twice is one article (200). ' +
    'An HTML page is accepted too, as a `text/html` body or as JSON `{ "html", "url"? }`: the article is ' +
    'extracted on the server (which never fetches a URL it is given).',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: ArticleInputSchema } } } },
  responses: {
    201: jsonOf(StoredAnalysisSchema, 'Stored: a new article.'),
    200: jsonOf(StoredAnalysisSchema, 'Already stored: the same text was ingested before.'),
    ...problems(400, 401, 403, 413, 415, 422, 507),
  },
})

const listArticleRoute = createRoute({
  method: 'get',
  path: '/v1/articles',
  tags: ['articles'],
  summary: 'List articles, newest first',
  description: 'An actor id in `actor` that was merged into another actor filters by that canonical actor.',
  request: { query: ArticleQuerySchema },
  responses: { 200: jsonOf(pageSchema(ArticleSummarySchema), 'A page of articles.'), ...problems(400) },
})

const getArticleRoute = createRoute({
  method: 'get',
  path: '/v1/articles/{id}',
  tags: ['articles'],
  summary: 'One article with its whole analysis',
  request: { params: ArticleParamsSchema, query: FormatQuerySchema },
  responses: {
    200: analysisOf(StoredAnalysisSchema, 'The stored analysis, in the format asked for.'),
    ...problems(400, 404),
  },
})

/**
 * The JSON of an analysis to answer with: a long one's sent a slice at a time as the client reads it (tens of
 * megabytes for a long text), any other's written at once (with its length).
 */
async function analysisJson(
  analysis: StoredAnalysis,
): Promise<JsonText<StoredAnalysis> | JsonStream<StoredAnalysis>> {
  return isLargeAnalysis(analysis) ? jsonStream(analysis) : stringifyInSlices(analysis)
}

/**
 * Analyzes and stores a text, as ingestArticle does but with an analyzer that may run on another thread; `id` is
 * the text's article id when it is known already (a large body's, read off the server's thread). Not an async
 * function: one keeps its arguments and locals alive until it returns, and the text (20 MB for 10 MB of news) and
 * the analysis as the analyzer gave it (a copy of which the store checks and writes) stayed on the server's heap
 * through the whole write.
 */
function storeText(c: Context<AppEnv>, text: string, meta: AnalyzeOptions, id?: string) {
  return getArticle(c.var.store, id ?? `a_${hashText(text)}`).then((stored) =>
    stored
      ? analysisJson(stored).then((json) => sendJsonBytes(c, json, 200))
      : storeAnalyzed(c, c.var.analyzer(text, meta)),
  )
}

/**
 * Stores the analysis `analyzing` answers and answers what was stored. A function of its own: the closures of
 * `storeText` would keep its text alive while they wait.
 */
function storeAnalyzed(c: Context<AppEnv>, analyzing: Analysis | Promise<Analysis>) {
  return Promise.resolve(analyzing)
    .then((analysis) => storeAnalysis(c.var.store, analysis))
    .then(({ created, analysis }) => answerStored(c, created, analysis))
}

/** The answer to a POST that stored `analysis`: 201 with its Location when it is new, else 200. */
async function answerStored(c: Context<AppEnv>, created: boolean, analysis: StoredAnalysis) {
  if (created) c.header('Location', `/v1/articles/${analysis.article.id}`)
  const json = await analysisJson(analysis)
  return created ? sendJsonBytes(c, json, 201) : sendJsonBytes(c, json, 200)
}

/** POST /v1/articles, GET /v1/articles, GET /v1/articles/{id}. */
export function registerArticleRoutes(app: App): void {
  // A page (text/html, or JSON with `html`) is extracted here; a plain-text article goes on to the OpenAPI route.
  app.post('/v1/articles', async (c, next) => {
    if (isHtmlType(c.req.header('content-type'))) {
      const { text, meta } = articleFromHtml(await c.req.text())
      return storeText(c, text, meta)
    }
    // A large body is decoded, parsed and its text hashed by `readJson` (off the server's thread on Node: its bytes
    // are moved there) and checked here;
    // any other goes on to the OpenAPI route unless it is a page.
    const large = isLargeJsonBody(c)
    const read = large ? await c.var.readJson(await c.req.arrayBuffer()) : { value: await c.req.json() }
    if ('malformed' in read) throw new ApiError(400, 'malformed-json', 'The body is not valid JSON.')
    const body = read.value
    if (typeof body !== 'object' || body === null || !('html' in body)) {
      if (!large) return next()
      const { text, ...meta } = checkedBody(ArticleInputSchema, body)
      return storeText(c, text, meta, 'textId' in read ? read.textId : undefined)
    }
    const page = checkedBody(HtmlInputSchema, body)
    const { text, meta } = articleFromHtml(page.html, page.url)
    return storeText(c, text, meta)
  })

  app.openapi(postArticle, async (c) => {
    const { text, ...meta } = c.req.valid('json')
    return storeText(c, text, meta)
  })

  app.openapi(listArticleRoute, async (c) => {
    const { from, to, ...filter } = c.req.valid('query')
    const query = await withStoredActorIds(c.var.store, filter)
    return c.json(await listArticles(c.var.store, { ...query, ...toDateRange(from, to) }), 200)
  })

  app.openapi(getArticleRoute, async (c) => {
    const { id } = c.req.valid('param')
    const stored = await getArticle(c.var.store, id)
    if (!stored) throw new ApiError(404, 'not-found', `No article ${id}.`)
    return (
      formattedAnalysis(stored, c.req.valid('query').format, c.req.header('accept')) ?? c.json(stored, 200)
    )
  })
}
