import { extractActors } from './extract/actors/index.ts'
import { deriveRelations } from './extract/relations.ts'
import { extractStatements } from './extract/statements/index.ts'
import { hashText } from './parse/hash.ts'
import { parseArticle } from './parse/index.ts'
import { DEFAULT_LANGUAGE, identifyLanguage } from './parse/language.ts'
import type { Analysis, AnalyzeOptions } from './schemas/analysis.ts'
import type { Article } from './schemas/article.ts'
import { EXTRACTOR } from './version.ts'

/**
 * Finds who said what, about whom, in one news article given as plain text.
 * Never throws on odd text: a text without a title, quotes or names gives a partial analysis.
 * @example
 * const { actors, statements } = analyze('Moscow: – Russia said it opposed the plan, Ryabkov said.')
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const parsed = parseArticle(text)
  const language = identifyLanguage(text.slice(parsed.body.start, parsed.body.end), text)
  // The extractors are trained on English news: in another language they would only invent actors and statements.
  const english = language === DEFAULT_LANGUAGE
  const actors = english ? extractActors(parsed) : []
  const statements = english ? extractStatements(parsed, actors) : []
  const article: Article = {
    id: `a_${hashText(text)}`,
    title: parsed.title ? text.slice(parsed.title.start, parsed.title.end) : null,
    dateline: parsed.datelinePlace,
    text,
    titleSpan: parsed.title,
    datelineSpan: parsed.dateline,
    body: parsed.body,
    paragraphs: parsed.paragraphs,
    sentences: parsed.sentences.map(({ start, end }) => ({ start, end })),
    language,
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.byline === undefined ? {} : { byline: options.byline }),
  }
  return { article, actors, statements, relations: deriveRelations(statements), extractor: { ...EXTRACTOR } }
}
