import { extractActors } from './extract/actors/index.ts'
import { deriveRelations } from './extract/relations.ts'
import { extractStatements } from './extract/statements/index.ts'
import { mergeSections } from './merge-sections.ts'
import { hashText } from './parse/hash.ts'
import { readLayout, tokenizeLayout } from './parse/index.ts'
import { DEFAULT_LANGUAGE, identifyLanguage } from './parse/language.ts'
import { SECTION_CHARS, sectionsOf } from './parse/sections.ts'
import type { Analysis, AnalyzeOptions } from './schemas/analysis.ts'
import type { Article } from './schemas/article.ts'
import type { Span } from './schemas/span.ts'
import { EXTRACTOR } from './version.ts'

/**
 * Finds who said what, about whom, in one news article given as plain text.
 * Never throws on odd text: a text without a title, quotes or names gives a partial analysis.
 * A text whose body is longer than any article (over 200,000 characters: a book, a whole feed pasted as one) is
 * read a section of whole paragraphs at a time, so its memory stays bounded; an actor named in several sections is
 * one actor, but "he said" and a short name do not reach back into an earlier section.
 * @example
 * const { actors, statements } = analyze('Moscow: – Russia said it opposed the plan, Ryabkov said.')
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeInSections(text, options, SECTION_CHARS)
}

/** `analyze` with the longest section given: for tests of long texts on short ones. */
export function analyzeInSections(text: string, options: AnalyzeOptions, sectionChars: number): Analysis {
  const layout = readLayout(text)
  const language = identifyLanguage(text.slice(layout.body.start, layout.body.end), text)
  // The extractors are trained on English news: in another language they would only invent actors and statements.
  const english = language === DEFAULT_LANGUAGE
  const sentences: Span[] = []
  const findings = sectionsOf(layout, sectionChars).map(({ layout: part, offset }) => {
    const parsed = tokenizeLayout(part)
    for (const { start, end } of parsed.sentences)
      sentences.push({ start: start + offset, end: end + offset })
    const actors = english ? extractActors(parsed) : []
    const statements = english ? extractStatements(parsed, actors) : []
    return { offset, actors, statements }
  })
  const { actors, statements } =
    findings.length === 1 ? (findings[0] as (typeof findings)[0]) : mergeSections(findings)
  const article: Article = {
    id: `a_${hashText(text)}`,
    title: layout.title ? text.slice(layout.title.start, layout.title.end) : null,
    dateline: layout.datelinePlace,
    text,
    titleSpan: layout.title,
    datelineSpan: layout.dateline,
    body: layout.body,
    paragraphs: layout.paragraphs,
    sentences,
    language,
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.byline === undefined ? {} : { byline: options.byline }),
  }
  return { article, actors, statements, relations: deriveRelations(statements), extractor: { ...EXTRACTOR } }
}
