import { z } from '@hono/zod-openapi'
import {
  ActorIdSchema,
  ActorKindSchema,
  AnalyzeOptionsSchema,
  OutputFormatSchema,
  PolaritySchema,
  wellFormedText,
} from '@whosaid/core'
import { DEFAULT_LIMIT, isStorableInstant, MAX_LIMIT, STORABLE_INSTANTS } from '@whosaid/store/edge'
import { dateParamStart } from './dates.ts'
import { ProblemSchema } from './errors.ts'

/** A page size: 1–100, default 20. */
const Limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_LIMIT)
  .default(DEFAULT_LIMIT)
  .describe('Items per page, 1–100.')

/** The opaque cursor a previous page answered as `nextCursor`. */
const Cursor = z.string().min(1).max(512).optional().describe('The `nextCursor` of the previous page.')

/**
 * A run of `-` as web search reads it: dashes with only white space or tsquery's operators between, each one a
 * NOT. PostgreSQL's parser overflows at 32 NOTs in a row ("tsquery stack too small"). Each step starts at a `-`,
 * which the skipped class never holds, so the pattern cannot backtrack into itself.
 */
const NOT_RUN = /(?:-[\s!&|()<]*){32}/

/** Words to search for: never a NUL (PostgreSQL cannot take one), never more NOTs in a row than it can parse. */
const SearchWords = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine((words) => !words.includes('\u0000'), { error: 'must not contain a NUL character' })
  .refine((words) => !NOT_RUN.test(words), { error: 'must not hold 32 or more `-` in a row' })

/** Words to search for (web-search syntax: words, "a phrase", -excluded, or). */
const Query = SearchWords.optional()

/** An ISO day or instant in years 0001–9999 (in UTC), as a store keeps them; `to` includes the whole day. */
const DateParam = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .refine((value) => isStorableInstant(dateParamStart(value)), {
    error: `must fall between ${STORABLE_INSTANTS.first.toISOString()} and ${STORABLE_INSTANTS.last.toISOString()} in UTC`,
  })
  .optional()
  .describe('YYYY-MM-DD or an ISO 8601 instant, on publishedAt or else ingestedAt.')

/** A UTF-16 surrogate without its other half, which UTF-8 cannot encode and jsonb refuses. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** A metadata string the store keeps as it is: well-formed Unicode. */
function wellFormedString<Schema extends z.ZodString | z.ZodURL>(schema: Schema) {
  return schema.refine((value) => !LONE_SURROGATE.test(value), {
    error: 'must be well-formed Unicode (it holds a lone UTF-16 surrogate)',
  })
}

/** When an article was published: an ISO 8601 instant that falls in years 0001–9999 once in UTC. */
const PublishedAt = z.iso.datetime({ offset: true }).refine((value) => isStorableInstant(new Date(value)), {
  error: `must fall between ${STORABLE_INSTANTS.first.toISOString()} and ${STORABLE_INSTANTS.last.toISOString()} in UTC`,
})

/** The body of POST /v1/articles and POST /v1/analyze. */
export const ArticleInputSchema = AnalyzeOptionsSchema.extend({
  // A NUL or a lone surrogate is kept as U+FFFD (same length, so offsets hold): the answer is the stored text.
  text: z
    .string()
    .min(1)
    .overwrite(wellFormedText)
    .describe(
      'The article as plain text; every offset in the answer points into it. A NUL or a lone surrogate becomes U+FFFD.',
    ),
  url: wellFormedString(z.url({ protocol: /^https?$/, error: 'use an http or https URL' }))
    .optional()
    .describe('Where the article was published: an http(s) URL.'),
  publishedAt: PublishedAt.optional(),
  source: wellFormedString(z.string()).optional(),
  byline: wellFormedString(z.string()).optional(),
}).meta({ id: 'ArticleInput', description: 'An article to analyze: its text and optional metadata.' })

/** The path of an article. */
export const ArticleParamsSchema = z.object({
  id: z
    .string()
    .regex(/^a_[0-9a-f]{16}$/)
    .describe('The article id, e.g. a_0123456789abcdef.'),
})

/** The path of an actor. */
export const ActorParamsSchema = z.object({
  id: ActorIdSchema,
})

/** Body of POST /v1/actors/{id}/merge: the actor it is. */
export const ActorMergeSchema = z
  .object({
    into: ActorIdSchema.describe('The actor that {id} is: {id} and every id merged into it join it.'),
  })
  .strict()
  .meta({ id: 'ActorMerge' })

/** Body of POST /v1/actors/{id}/split: nothing to say (`{}`). */
export const ActorSplitSchema = z.object({}).strict().meta({ id: 'ActorSplit' })

/** What POST /v1/actors/import did. */
export const RegistryImportSchema = z
  .object({
    created: z.number().int().nonnegative().describe('Registered actors new to the store.'),
    updated: z
      .number()
      .int()
      .nonnegative()
      .describe('Registered actors the store had: their names and item updated.'),
    joined: z
      .number()
      .int()
      .nonnegative()
      .describe('Stored actors that joined a registered actor they name.'),
  })
  .meta({ id: 'RegistryImport' })

/** Query of GET /v1/articles. */
export const ArticleQuerySchema = z.object({
  q: Query.describe('Full-text search over title and text.'),
  actor: ActorIdSchema.optional().describe('Only articles that name this actor.'),
  from: DateParam,
  to: DateParam,
  limit: Limit,
  cursor: Cursor,
})

/** Query of GET /v1/actors. */
export const ActorQuerySchema = z.object({
  q: Query.describe('A piece of the name or of an alias, any case.'),
  kind: ActorKindSchema.optional(),
  limit: Limit,
  cursor: Cursor,
})

/** Query of GET /v1/actors/{id}/statements. */
export const ActorStatementQuerySchema = z.object({
  polarity: PolaritySchema.optional(),
  target: ActorIdSchema.optional(),
  limit: Limit,
  cursor: Cursor,
})

/** Query of GET /v1/statements. */
export const StatementQuerySchema = z.object({
  speaker: ActorIdSchema.optional(),
  target: ActorIdSchema.optional(),
  polarity: PolaritySchema.optional(),
  q: Query.describe('Full-text search over what was said.'),
  from: DateParam,
  to: DateParam,
  limit: Limit,
  cursor: Cursor,
})

/** Query of GET /v1/relations. */
export const RelationQuerySchema = z.object({
  actor: ActorIdSchema.optional().describe('Edges with this actor at either end.'),
  polarity: PolaritySchema.optional(),
  limit: Limit,
  cursor: Cursor,
})

/** Query of GET /v1/search. */
export const SearchQuerySchema = z.object({
  q: SearchWords.describe('Words to find in articles, actor names and statements.'),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(5).describe('Items of each kind, 1–100.'),
})

/** GET /healthz. */
export const HealthSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Health' })

/** Error answers a route documents, by status. */
const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid parameters or malformed JSON.',
  401: 'Missing or wrong bearer token.',
  403: 'Writes are disabled: no token is configured.',
  404: 'Not found.',
  409: 'The request conflicts with the store: e.g. a split of an actor that is merged into none.',
  413: 'The body is over the size limit.',
  415: 'The body is not application/json.',
  422: 'The analysis went over its time or memory limit.',
  429: 'Too many requests: retry after the Retry-After header.',
  503: 'The database is unavailable: retry later.',
  507: 'The database’s disk is nearly full: writes are refused until it has room.',
}

/**
 * OpenAPI `responses` entries for the problems a route may answer.
 * @example responses: { 200: …, ...problems(400, 404) }
 */
export function problems(...statuses: number[]) {
  return Object.fromEntries(
    [...statuses, 429, 503].map((status) => [
      status,
      {
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Error.',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  )
}

/** An OpenAPI JSON response of `schema`. */
export function jsonOf<Schema extends z.ZodType>(schema: Schema, description: string) {
  return { description, content: { 'application/json': { schema } } }
}

/** `?format=`: the export format of an analysis (json by default); see `OUTPUT_FORMATS` in @whosaid/core. */
export const FormatQuerySchema = z.object({
  format: OutputFormatSchema.optional().describe(
    'json (default), ndjson, csv, jsonld or annotations (W3C Web Annotation).',
  ),
})

/** A 200 answer that is the schema as JSON, or the same analysis in one of the export formats. */
export function analysisOf<Schema extends z.ZodType>(schema: Schema, description: string) {
  const text = { schema: z.string() }
  return {
    description,
    content: {
      'application/json': { schema },
      'application/x-ndjson': text,
      'text/csv': text,
      'application/ld+json': text,
    },
  }
}
