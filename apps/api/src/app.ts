import { OpenAPIHono } from '@hono/zod-openapi'
import { Scalar } from '@scalar/hono-api-reference'
import { analyze } from '@whosaid/core'
import { isDiskFull, isUnavailable, type Store, StoreError } from '@whosaid/store/edge'
import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { jsonAnalyzerOf } from './analysis-json.ts'
import { AnalysisLimitError } from './analysis-limit.ts'
import type { App, AppEnv, JsonAnalyzer, JsonReader, TextAnalyzer } from './context.ts'
import { plainReference, withPlainReference } from './docs-page.ts'
import { ApiError, toIssues, toProblem } from './errors.ts'
import { onlyJson } from './format-response.ts'
import { isHtmlType } from './html-input.ts'
import { isLargeJsonBody, readJsonInline } from './large-json-body.ts'
import { requireToken } from './middleware/bearer-auth.ts'
import { corsHeaders } from './middleware/cors.ts'
import { rateLimit } from './middleware/rate-limit.ts'
import { requireJson, requireJsonType } from './middleware/require-json.ts'
import { registerActorRoutes } from './routes/actors.ts'
import { registerAnalyzeRoutes } from './routes/analyze.ts'
import { registerArticleRoutes } from './routes/articles.ts'
import { registerHealthRoutes } from './routes/health.ts'
import { registerRelationRoutes } from './routes/relations.ts'
import { registerSearchRoutes } from './routes/search.ts'
import { registerStatementRoutes } from './routes/statements.ts'
import { API_VERSION } from './version.ts'

/** How the app is built: the store and the few policies; everything else is fixed. */
export type AppOptions = {
  /** The store, or a function giving one per request (Workers open a connection per request). */
  store: Store | ((c: Context<AppEnv>) => Store)
  /** The bearer token writes need; without one, writes are refused (403). */
  token?: string | undefined
  /** Origins CORS allows: `['*']` (default) or a list. */
  corsOrigins?: readonly string[] | undefined
  /** The largest request body in bytes (default 10 MB). */
  bodyLimit?: number | undefined
  /** Requests per client per minute before 429; 0 or undefined turns it off. */
  rateLimit?: number | undefined
  /** Who a request comes from, for rate limiting (default: one shared bucket). */
  clientKey?: ((c: Context) => string) | undefined
  /** The analyzer (default: core's `analyze`, inline); on Node, `serve` passes a pool of worker threads. */
  analyzer?: TextAnalyzer | undefined
  /**
   * The JSON bytes of an analysis, for `POST /v1/analyze` (default: `analyzer`'s analysis, stringified inline); on
   * Node, `serve` passes the pool's, which makes them on the analysis thread.
   */
  analyzeJson?: JsonAnalyzer | undefined
  /**
   * Reads a large JSON body of `POST /v1/articles` (`LARGE_JSON_BODY`): parses it and hashes its text (default:
   * inline); on Node, `serve` passes the pool's, which does that off the server's thread.
   */
  readJson?: JsonReader | undefined
  /** The largest body of an unauthenticated analysis (`POST /v1/analyze`) in bytes (default 1 MB). */
  analyzeLimit?: number | undefined
  /** Called with errors that become 500s, for logging (default: console.error). */
  onInternalError?: ((error: unknown) => void) | undefined
}

/** The default body limit: 10 MB. */
export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024

/** The default body limit of `POST /v1/analyze`, which needs no token: 1 MB, generous for a news article. */
export const DEFAULT_ANALYZE_LIMIT = 1024 * 1024

/** The routes that read a large JSON body themselves (`isLargeJsonBody`). */
const READS_LARGE_JSON = new Set(['/v1/articles', '/v1/analyze'])

/** Turns any error into an ApiError: the one place statuses are decided. */
function toApiError(error: unknown, onInternalError: (error: unknown) => void): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof StoreError && error.code === 'invalid-cursor') {
    return new ApiError(400, 'invalid-cursor', error.message)
  }
  if (isDiskFull(error)) {
    // Reads and health go on; writes work again once the disk has room (no Retry-After: only freeing space helps).
    return new ApiError(
      507,
      'insufficient-storage',
      'The database’s disk is nearly full; this write is refused.',
    )
  }
  if (isUnavailable(error) || (error instanceof StoreError && error.code === 'locked')) {
    return new ApiError(503, 'unavailable', 'The database is unavailable; try again shortly.', {
      headers: { 'Retry-After': '5' },
    })
  }
  if (error instanceof AnalysisLimitError)
    return new ApiError(422, `analysis-${error.limit}-limit`, error.message)
  if (error instanceof HTTPException && error.status < 500) {
    return new ApiError(error.status, error.status === 400 ? 'bad-request' : 'http-error', error.message)
  }
  onInternalError(error)
  return new ApiError(500, 'internal', 'Something went wrong on our side.')
}

/**
 * Builds the whosaid API: a Hono app with OpenAPI routes, no Node-only imports, so it runs on Node and workerd.
 * @example
 * const app = createApp({ store: await openStore(), token: 'a-long-secret-token' })
 * const answer = await app.request('/v1/actors?kind=person')
 */
export function createApp(options: AppOptions): App {
  const onInternalError = options.onInternalError ?? ((error: unknown) => console.error(error))
  const analyzer: TextAnalyzer = options.analyzer ?? analyze
  const analyzeJson = options.analyzeJson ?? jsonAnalyzerOf(analyzer)
  const readJson = options.readJson ?? readJsonInline
  const resolveStore = typeof options.store === 'function' ? options.store : () => options.store as Store
  const origins = options.corsOrigins ?? ['*']

  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new ApiError(400, 'invalid-request', 'The request does not match the API: see issues.', {
          issues: toIssues(result.error.issues),
        })
      }
    },
  })

  app.onError((error, c) => {
    const problem = toApiError(error, onInternalError)
    for (const [name, value] of Object.entries(problem.headers)) c.header(name, value)
    return c.body(JSON.stringify(toProblem(problem)), problem.status as 400, {
      'Content-Type': 'application/problem+json',
    })
  })
  app.notFound(() => {
    throw new ApiError(404, 'not-found', 'No such route.')
  })

  app.use('*', secureHeaders())
  app.use(
    '*',
    corsHeaders({
      origins,
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type'],
      exposeHeaders: ['Location', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining'],
      maxAge: 600,
    }),
  )
  if (options.rateLimit) {
    app.use(
      '/v1/*',
      rateLimit({ limit: options.rateLimit, clientKey: options.clientKey ?? (() => 'everyone') }),
    )
  }
  app.use('/v1/articles', requireToken(options.token))
  app.use('/v1/actors/*', requireToken(options.token))
  const limitTo = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'body-too-large', `The body is over ${maxSize} bytes.`)
      },
    })
  const limitBody = limitTo(options.bodyLimit ?? DEFAULT_BODY_LIMIT)
  const limitAnalyzeBody = limitTo(
    Math.min(options.analyzeLimit ?? DEFAULT_ANALYZE_LIMIT, options.bodyLimit ?? DEFAULT_BODY_LIMIT),
  )
  // Only requests with a body: reading `c.req.raw.body` would make Node build a full Request for every GET.
  app.use('/v1/*', (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    return c.req.path === '/v1/analyze' ? limitAnalyzeBody(c, next) : limitBody(c, next)
  })
  // A page for /v1/articles may come as text/html (routes/articles.ts); everything else is JSON. A large article's
  // JSON (to /v1/articles, or to /v1/analyze where its limit allows one) is parsed by its route, off the server's
  // thread where there is a pool (`isLargeJsonBody`).
  app.use('/v1/*', (c, next) => {
    if (c.req.path === '/v1/articles' && isHtmlType(c.req.header('content-type'))) return next()
    if (READS_LARGE_JSON.has(c.req.path) && isLargeJsonBody(c)) return requireJsonType(c, next)
    return requireJson(c, next)
  })
  // Routes that answer JSON only refuse other formats (406) rather than answer JSON to a request for CSV.
  for (const path of ['/v1/articles', '/v1/actors/*', '/v1/statements', '/v1/relations', '/v1/search']) {
    app.use(path, onlyJson)
  }
  app.use('*', async (c, next) => {
    c.set('store', resolveStore(c))
    c.set('analyzer', analyzer)
    c.set('analyzeJson', analyzeJson)
    c.set('readJson', readJson)
    await next()
  })

  registerHealthRoutes(app)
  registerAnalyzeRoutes(app)
  registerArticleRoutes(app)
  registerActorRoutes(app)
  registerStatementRoutes(app)
  registerRelationRoutes(app)
  registerSearchRoutes(app)

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The WHOSAID_API_TOKEN the server was started with.',
  })
  const documentConfig = {
    openapi: '3.1.0',
    info: {
      title: 'whosaid API',
      version: API_VERSION,
      description:
        'Who said what, about whom: ingest news articles, then query actors, statements and stances.',
    },
  }
  // The document is the same for the life of the app: made once, on the first request (every route is registered
  // by then), not on every request as `app.doc31` does (tens of milliseconds of the server's thread each).
  let spec: ReturnType<typeof app.getOpenAPI31Document> | undefined
  const specOf = () => {
    spec ??= app.getOpenAPI31Document(documentConfig)
    return spec
  }
  // Its JSON too: serializing it again on each request took up to a tenth of a second of a loaded server's thread.
  let specJson: string | undefined
  app.get('/openapi.json', (c) => {
    specJson ??= JSON.stringify(specOf())
    return c.body(specJson, 200, { 'content-type': 'application/json' })
  })
  // The interactive reference loads from a CDN; the plain one written here stands in where it cannot.
  const interactive = Scalar({ url: '/openapi.json', pageTitle: 'whosaid API' })
  let plain: string | undefined
  app.get('/docs', async (c) => {
    plain ??= plainReference(specOf())
    const page = (await interactive(
      c as unknown as Parameters<typeof interactive>[0],
      async () => {},
    )) as Response
    return c.html(withPlainReference(await page.text(), plain))
  })
  return app
}
