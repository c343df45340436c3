import { z } from 'zod'
import { ActorSchema } from './actor.ts'
import { ArticleSchema } from './article.ts'
import { RelationSchema } from './relation.ts'
import { StatementSchema } from './statement.ts'

/** The program and version that made an analysis. */
export const ExtractorSchema = z
  .object({ name: z.string(), version: z.string() })
  .meta({ id: 'Extractor' })

/** Everything whosaid finds in one article. */
export const AnalysisSchema = z
  .object({
    article: ArticleSchema,
    actors: z.array(ActorSchema),
    statements: z.array(StatementSchema),
    relations: z.array(RelationSchema).optional().describe('Actor → actor stance edges derived from statements.'),
    extractor: ExtractorSchema,
  })
  .meta({ id: 'Analysis', description: 'An article with its actors and statements.' })

/** Everything whosaid finds in one article. */
export type Analysis = z.infer<typeof AnalysisSchema>

/** Options for `analyze`. */
export const AnalyzeOptionsSchema = z.object({
  url: z.url().optional(),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  source: z.string().optional(),
})

/** Options for `analyze`. */
export type AnalyzeOptions = z.infer<typeof AnalyzeOptionsSchema>
