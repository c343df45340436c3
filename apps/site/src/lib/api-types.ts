import {
  ActorKindSchema,
  AnalysisSchema,
  ArticleSchema,
  ModeSchema,
  PolaritySchema,
  StatementSchema,
} from '@whosaid/core/schemas'
import { z } from 'zod'

// The shapes of docs/api-contract.md, built on the core schemas so a change there shows up here.

/** One line of an article list. */
export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  dateline: z.string().nullable(),
  url: z.string().optional(),
  source: z.string().optional(),
  language: z.string().optional(),
  publishedAt: z.string().optional(),
  ingestedAt: z.string(),
  excerpt: z.string(),
  actorCount: z.number(),
  statementCount: z.number(),
})

/** One line of an article list. */
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>

/** One line of an actor list. */
export const ActorSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKindSchema,
  role: z.string().optional(),
  affiliation: z.string().optional(),
  aliases: z.array(z.string()),
  /** Every name form merged into the actor, most frequent first (older APIs leave it out). */
  names: z.array(z.string()).optional(),
  /** The actor's Wikidata item (`Q…`) where known. */
  wikidata: z.string().nullable().optional(),
  articleCount: z.number(),
  statementCount: z.number(),
})

/** One line of an actor list. */
export type ActorSummary = z.infer<typeof ActorSummarySchema>

/** An actor → actor edge with both names, as the API lists it. */
export const RelationViewSchema = z.object({
  source: z.string(),
  sourceName: z.string(),
  target: z.string(),
  targetName: z.string(),
  polarity: PolaritySchema,
  count: z.number(),
  statements: z.array(z.string()),
})

/** An actor → actor edge with both names. */
export type RelationView = z.infer<typeof RelationViewSchema>

/** How many statements an actor made on one date. */
export const TimelinePointSchema = z.object({ date: z.string(), statementCount: z.number() })

/** How many statements an actor made on one date. */
export type TimelinePoint = z.infer<typeof TimelinePointSchema>

/** An actor with its stances, who opposes it, and when it spoke. */
export const ActorDetailSchema = ActorSummarySchema.extend({
  affiliationName: z.string().optional(),
  stances: z.array(RelationViewSchema),
  opposedBy: z.array(RelationViewSchema),
  timeline: z.array(TimelinePointSchema),
})

/** An actor with its stances, who opposes it, and when it spoke. */
export type ActorDetail = z.infer<typeof ActorDetailSchema>

/** A statement with the names and words a list needs, so the list never loads the article. */
export const StatementViewSchema = StatementSchema.safeExtend({
  articleId: z.string(),
  articleTitle: z.string().nullable(),
  date: z.string(),
  dateSource: z.enum(['publishedAt', 'ingestedAt']).optional(),
  speakerName: z.string().optional(),
  targetName: z.string().optional(),
  quote: z.string(),
  cueText: z.string().optional(),
  sourceText: z.string().optional(),
})

/** A statement with the names and words a list needs. */
export type StatementView = z.infer<typeof StatementViewSchema>

/** A stored article: the analysis and when it was ingested. */
export const StoredAnalysisSchema = AnalysisSchema.safeExtend({
  // Any string, as an article stored before URLs were checked may hold one: the page links http(s) URLs only.
  article: ArticleSchema.extend({ url: z.string().optional() }),
  ingestedAt: z.string(),
})

/** A stored article: the analysis and when it was ingested. */
export type StoredAnalysis = z.infer<typeof StoredAnalysisSchema>

/** Builds the schema of one page of a list. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() })
}

/** One page of a list and the cursor of the next, null on the last page. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/** What /v1/search answers. */
export const SearchResultSchema = z.object({
  articles: z.array(ArticleSummarySchema),
  actors: z.array(ActorSummarySchema),
  statements: z.array(StatementViewSchema),
})

/** What /v1/search answers. */
export type SearchResult = z.infer<typeof SearchResultSchema>

/** The polarities a stance can have, in display order. */
export const POLARITIES = PolaritySchema.options

/** The modes a statement can have. */
export const MODES = ModeSchema.options

/** The kinds an actor can have. */
export const ACTOR_KINDS = ActorKindSchema.options
