import * as z from 'zod'
import { ActorSchema } from './actor.ts'
import { ArticleSchema } from './article.ts'
import { RelationSchema } from './relation.ts'
import type { Span } from './span.ts'
import { StatementSchema } from './statement.ts'

/** The program and version that made an analysis. */
export const ExtractorSchema = z.object({ name: z.string(), version: z.string() }).meta({ id: 'Extractor' })

/** Everything whosaid finds in one article. */
export const AnalysisSchema = z
  .object({
    article: ArticleSchema,
    actors: z.array(ActorSchema),
    statements: z.array(StatementSchema),
    relations: z
      .array(RelationSchema)
      .optional()
      .describe('Actor → actor stance edges derived from statements.'),
    extractor: ExtractorSchema,
  })
  .superRefine((analysis, ctx) => {
    const length = analysis.article.text.length
    for (const [path, span] of spansOf(analysis)) {
      if (span.end > length) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `span ends at ${span.end}, past the text's ${length} characters`,
        })
      }
    }
  })
  .meta({ id: 'Analysis', description: 'An article with its actors and statements.' })

/** Everything whosaid finds in one article. */
export type Analysis = z.infer<typeof AnalysisSchema>

/** Options for `analyze`. */
export const AnalyzeOptionsSchema = z.object({
  url: z.url().optional(),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  source: z.string().optional(),
  byline: z.string().optional(),
})

/** Options for `analyze`. */
export type AnalyzeOptions = z.infer<typeof AnalyzeOptionsSchema>

type AnalysisShape = {
  article: {
    body: Span
    paragraphs: Span[]
    sentences?: Span[] | undefined
    titleSpan?: Span | null | undefined
    datelineSpan?: Span | null | undefined
  }
  actors: { mentions: Span[]; references?: { span: Span }[] | undefined }[]
  statements: {
    source: Span | null
    cue: Span | null
    content: Span
    contentParts?: Span[] | undefined
    stance?: { evidence?: Span | undefined } | undefined
  }[]
}

/** Every span of an analysis with its path, so checks can name the one that is off. */
export function* spansOf(analysis: AnalysisShape): Generator<[(string | number)[], Span]> {
  const { article } = analysis
  yield [['article', 'body'], article.body]
  if (article.titleSpan) yield [['article', 'titleSpan'], article.titleSpan]
  if (article.datelineSpan) yield [['article', 'datelineSpan'], article.datelineSpan]
  for (const [i, span] of article.paragraphs.entries()) yield [['article', 'paragraphs', i], span]
  for (const [i, span] of (article.sentences ?? []).entries()) yield [['article', 'sentences', i], span]
  for (const [a, actor] of analysis.actors.entries()) {
    for (const [i, span] of actor.mentions.entries()) yield [['actors', a, 'mentions', i], span]
    for (const [i, reference] of (actor.references ?? []).entries())
      yield [['actors', a, 'references', i, 'span'], reference.span]
  }
  for (const [s, statement] of analysis.statements.entries()) {
    const at = ['statements', s]
    if (statement.source) yield [[...at, 'source'], statement.source]
    if (statement.cue) yield [[...at, 'cue'], statement.cue]
    yield [[...at, 'content'], statement.content]
    for (const [i, span] of (statement.contentParts ?? []).entries()) yield [[...at, 'contentParts', i], span]
    if (statement.stance?.evidence) yield [[...at, 'stance', 'evidence'], statement.stance.evidence]
  }
}
