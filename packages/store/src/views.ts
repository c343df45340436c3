import {
  ActorIdSchema,
  ActorKindSchema,
  ActorSchema,
  AnalysisSchema,
  PolaritySchema,
  StanceSchema,
  StatementSchema,
} from '@whosaid/core/io'
import { z } from 'zod'

/** An ISO 8601 instant with an offset, as the store answers dates. */
const InstantSchema = z.iso.datetime({ offset: true })

/** An article's actor with the store's canonical id, and the extractor's own id when that differs. */
export const StoredActorSchema = ActorSchema.safeExtend({
  extractedId: ActorIdSchema.optional().describe(
    'The id the extractor gave this actor, when the store knows it as another (canonical) actor: `id`.',
  ),
}).meta({ id: 'StoredActor' })

/** A statement with the store's canonical speaker and target, and the extractor's own ids when they differ. */
export const StoredStatementSchema = StatementSchema.safeExtend({
  extractedSpeaker: ActorIdSchema.optional().describe(
    'The speaker id the extractor gave, when not `speaker`.',
  ),
  stance: StanceSchema.safeExtend({
    extractedTarget: ActorIdSchema.optional().describe(
      'The target id the extractor gave, when not `target`.',
    ),
  }).optional(),
}).meta({ id: 'StoredStatement' })

/** A stored article's analysis, with when it was ingested. */
export const StoredAnalysisSchema = AnalysisSchema.safeExtend({
  actors: z.array(StoredActorSchema),
  statements: z.array(StoredStatementSchema),
  ingestedAt: InstantSchema.describe('When the store first saw this text.'),
}).meta({
  id: 'StoredAnalysis',
  description:
    'An Analysis as stored, with its ingestion time; read back, its actor ids are the store’s canonical ones.',
})

/** A stored article's analysis, with when it was ingested. */
export type StoredAnalysis = z.infer<typeof StoredAnalysisSchema>

/** One line of an article list. */
export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    dateline: z.string().nullable(),
    url: z.string().optional(),
    source: z.string().optional(),
    language: z.string().optional().describe('The language of the text, ISO 639-1 ("en", "de").'),
    publishedAt: InstantSchema.optional(),
    ingestedAt: InstantSchema,
    excerpt: z.string().describe('The first words of the body.'),
    actorCount: z.number().int().nonnegative(),
    statementCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'ArticleSummary', description: 'An article in a list: metadata, an excerpt and counts.' })

/** One line of an article list. */
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>

/** One actor across every article. */
export const ActorSummarySchema = z
  .object({
    id: ActorIdSchema,
    name: z.string(),
    kind: ActorKindSchema,
    role: z.string().optional(),
    affiliation: ActorIdSchema.optional(),
    aliases: z.array(z.string()).describe('Every other form of the name seen, in any article.'),
    articleCount: z.number().int().nonnegative(),
    statementCount: z.number().int().nonnegative().describe('Statements this actor made.'),
  })
  .meta({ id: 'ActorSummary', description: 'An actor merged across every article that names it.' })

/** One actor across every article. */
export type ActorSummary = z.infer<typeof ActorSummarySchema>

/** An actor → actor stance edge across every article, with the actors' names. */
export const RelationViewSchema = z
  .object({
    source: ActorIdSchema,
    sourceName: z.string(),
    target: ActorIdSchema,
    targetName: z.string(),
    polarity: PolaritySchema,
    count: z.number().int().positive(),
    statements: z.array(z.string()).describe('Ids of the newest statements that say so (at most 20).'),
  })
  .meta({ id: 'RelationView', description: 'How one actor stands toward another, across every article.' })

/** An actor → actor stance edge across every article. */
export type RelationView = z.infer<typeof RelationViewSchema>

/** Statements made on one day. */
export const TimelinePointSchema = z
  .object({ date: z.iso.date(), statementCount: z.number().int().positive() })
  .meta({ id: 'TimelinePoint' })

/** Statements made on one day. */
export type TimelinePoint = z.infer<typeof TimelinePointSchema>

/** An actor with its stances, who stands toward it, and when it spoke. */
export const ActorDetailSchema = ActorSummarySchema.extend({
  affiliationName: z.string().optional(),
  wikidata: z
    .string()
    .regex(/^Q[1-9][0-9]*$/)
    .nullable()
    .describe(
      'The Wikidata item of this actor ("Q22686"), from the registry of known actors; null when unknown.',
    ),
  names: z
    .array(z.string())
    .describe('Every form of the name merged into this actor, the one most articles use first.'),
  stances: z.array(RelationViewSchema).describe('Outgoing edges: how this actor stands toward others.'),
  opposedBy: z.array(RelationViewSchema).describe('Incoming edges: how others stand toward this actor.'),
  timeline: z.array(TimelinePointSchema).describe('Statements made by this actor per day, oldest first.'),
}).meta({ id: 'ActorDetail', description: 'An actor with its stances and timeline.' })

/** An actor with its stances, who stands toward it, and when it spoke. */
export type ActorDetail = z.infer<typeof ActorDetailSchema>

/** A statement with its article and the names and words it points to. */
export const StatementViewSchema = StoredStatementSchema.safeExtend({
  articleId: z.string(),
  articleTitle: z.string().nullable(),
  date: InstantSchema.describe('The article’s publishedAt, or else its ingestedAt.'),
  dateSource: z
    .enum(['publishedAt', 'ingestedAt'])
    .optional()
    .describe(
      'Which of the article’s dates `date` is: publishedAt when its page stated one, else ingestedAt.',
    ),
  speakerName: z.string().optional(),
  targetName: z.string().optional(),
  quote: z.string().describe('The content text; the pieces of an interrupted content joined by " … ".'),
  cueText: z.string().optional(),
  sourceText: z.string().optional(),
}).meta({ id: 'StatementView', description: 'A statement with its article, names and text.' })

/** A statement with its article and the names and words it points to. */
export type StatementView = z.infer<typeof StatementViewSchema>

/** A page of a list and the cursor of the next one (null on the last page). */
export type Page<Item> = { items: Item[]; nextCursor: string | null }

/** The schema of a page of `item`s. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() })
}

/** What `GET /v1/search` answers: the best few of each kind. */
export const SearchResultSchema = z
  .object({
    articles: z.array(ArticleSummarySchema),
    actors: z.array(ActorSummarySchema),
    statements: z.array(StatementViewSchema),
  })
  .meta({ id: 'SearchResult' })

/** What a search answers: the best few of each kind. */
export type SearchResult = z.infer<typeof SearchResultSchema>
