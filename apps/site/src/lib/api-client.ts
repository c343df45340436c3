import type { z } from 'zod'
import {
  type ActorDetail,
  ActorDetailSchema,
  type ActorSummary,
  ActorSummarySchema,
  type ArticleSummary,
  ArticleSummarySchema,
  type Page,
  pageSchema,
  type RelationView,
  RelationViewSchema,
  type SearchResult,
  SearchResultSchema,
  type StatementView,
  StatementViewSchema,
  type StoredAnalysis,
  StoredAnalysisSchema,
} from './api-types.ts'

/** Why a call to the API failed: callers branch on `code`, never on the message. */
export type ApiErrorCode =
  | 'not-found'
  | 'bad-request'
  | 'rate-limited'
  | 'unavailable'
  | 'upstream'
  | 'bad-response'

/** The one error the API client throws, with the HTTP status the site should answer with. */
export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly status: number
  constructor(code: ApiErrorCode, status: number, message: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
  }
}

/** A query string's values; undefined and empty strings are left out. */
export type Query = Record<string, string | number | undefined>

/** Filters of GET /v1/articles. */
export interface ArticleQuery extends Query {
  q?: string | undefined
  actor?: string | undefined
  from?: string | undefined
  to?: string | undefined
  limit?: number | undefined
  cursor?: string | undefined
}

/** Filters of GET /v1/actors. */
export interface ActorQuery extends Query {
  q?: string | undefined
  kind?: string | undefined
  limit?: number | undefined
  cursor?: string | undefined
}

/** Filters of GET /v1/statements (and, without speaker/q/from/to, of an actor's statements). */
export interface StatementQuery extends Query {
  speaker?: string | undefined
  target?: string | undefined
  polarity?: string | undefined
  q?: string | undefined
  from?: string | undefined
  to?: string | undefined
  limit?: number | undefined
  cursor?: string | undefined
}

/** Filters of GET /v1/relations. */
export interface RelationQuery extends Query {
  actor?: string | undefined
  polarity?: string | undefined
  limit?: number | undefined
}

/** The calls the site makes; every answer is checked against the contract's schemas. */
export interface ApiClient {
  listArticles(query?: ArticleQuery): Promise<Page<ArticleSummary>>
  getArticle(id: string): Promise<StoredAnalysis>
  listActors(query?: ActorQuery): Promise<Page<ActorSummary>>
  getActor(id: string): Promise<ActorDetail>
  listActorStatements(id: string, query?: StatementQuery): Promise<Page<StatementView>>
  listStatements(query?: StatementQuery): Promise<Page<StatementView>>
  listRelations(query?: RelationQuery): Promise<Page<RelationView>>
  search(q: string, limit?: number): Promise<SearchResult>
}

/** Options of `createApiClient`. */
export interface ApiClientOptions {
  fetch?: typeof fetch
  timeoutMs?: number | undefined
  /** Headers to send with each call, asked for at the time of the call (e.g. whom it is made for). */
  headers?: (() => Record<string, string>) | undefined
}

/** Builds a path with a query string, leaving out empty values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/**
 * Creates a client for the whosaid HTTP API at `baseUrl`.
 * @example
 * const api = createApiClient('http://127.0.0.1:8787')
 * const { items } = await api.listArticles({ limit: 10 })
 */
export function createApiClient(baseUrl: string, options: ApiClientOptions = {}): ApiClient {
  const fetchImpl = options.fetch ?? fetch
  const timeoutMs = options.timeoutMs ?? 10_000
  const base = baseUrl.replace(/\/+$/, '')

  async function get<S extends z.ZodType>(schema: S, path: string, query?: Query): Promise<z.infer<S>> {
    const url = `${base}${withQuery(path, query)}`
    let response: Response
    try {
      response = await fetchImpl(url, {
        headers: { ...options.headers?.(), accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      throw new ApiError('unavailable', 503, `The API at ${base} did not answer: ${describe(error)}`)
    }
    if (!response.ok) throw await toApiError(response, path)
    let body: unknown
    try {
      body = await response.json()
    } catch {
      throw new ApiError('bad-response', 502, `${path}: the API answered with something other than JSON`)
    }
    const parsed = schema.safeParse(body)
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      throw new ApiError(
        'bad-response',
        502,
        `${path}: the answer does not match the contract (${issues.join('; ')})`,
      )
    }
    return parsed.data
  }

  const segment = encodeURIComponent
  return {
    listArticles: (query) => get(pageSchema(ArticleSummarySchema), '/v1/articles', query),
    getArticle: (id) => get(StoredAnalysisSchema, `/v1/articles/${segment(id)}`),
    listActors: (query) => get(pageSchema(ActorSummarySchema), '/v1/actors', query),
    getActor: (id) => get(ActorDetailSchema, `/v1/actors/${segment(id)}`),
    listActorStatements: (id, query) =>
      get(pageSchema(StatementViewSchema), `/v1/actors/${segment(id)}/statements`, query),
    listStatements: (query) => get(pageSchema(StatementViewSchema), '/v1/statements', query),
    listRelations: (query) => get(pageSchema(RelationViewSchema), '/v1/relations', query),
    search: (q, limit) => get(SearchResultSchema, '/v1/search', { q, limit }),
  }
}

async function toApiError(response: Response, path: string): Promise<ApiError> {
  let detail = ''
  try {
    const problem = (await response.json()) as { detail?: unknown; title?: unknown }
    detail = String(problem.detail ?? problem.title ?? '')
  } catch {
    // A body that is not problem+json still gets a clear error from its status.
  }
  const message = `${path}: ${response.status}${detail ? ` ${detail}` : ''}`
  if (response.status === 404) return new ApiError('not-found', 404, message)
  if (response.status === 400 || response.status === 422) return new ApiError('bad-request', 400, message)
  // The API counts each reader on its own (the site names them): this reader, not the site, went too fast.
  if (response.status === 429) return new ApiError('rate-limited', 429, message)
  return new ApiError('upstream', 502, message)
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.cause instanceof Error ? error.cause.message : error.message
  return String(error)
}
