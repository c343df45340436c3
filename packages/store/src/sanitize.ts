import type { Analysis, Span } from '@whosaid/core'
import { ITEMS_PER_STEP, runSteps, type Steps } from './steps.ts'

/** Replaces NUL characters, which PostgreSQL text and jsonb cannot hold, in every string of a value. */
function replaceNul(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('\u0000', '\uFFFD')
  if (Array.isArray(value)) return value.map(replaceNul)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replaceNul(inner)]))
  }
  return value
}

/** True when some string inside a value holds a NUL character. */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (Array.isArray(value)) return value.some(hasNul)
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasNul)
  return false
}

/**
 * The analysis with every NUL character turned into U+FFFD: the same length, so every offset still holds.
 * The article keeps its id (the hash of the text as given). Returns the same object when there is no NUL.
 * @example storable(analyze('a\u0000b')).article.text // 'a\uFFFDb'
 */
export function storable(analysis: Analysis): Analysis {
  return runSteps(storableSteps(analysis))
}

/**
 * The parts of an analysis a search for NUL goes through one by one: the analysis without its lists, the article
 * without its spans, then each span, actor, statement and relation (a 10 MB text has 100,000 sentences).
 */
function* nulSearchItems(analysis: Analysis): Generator<unknown, void, void> {
  const { actors, statements, relations, article, ...rest } = analysis
  const { paragraphs, sentences, ...articleRest } = article
  yield rest
  yield articleRest
  for (const list of [paragraphs, sentences ?? [], actors, statements, relations ?? []] as unknown[][])
    yield* list
}

/** `storable` in steps (`steps.ts`): the search for a NUL yields after every ITEMS_PER_STEP of its items. */
export function* storableSteps(analysis: Analysis): Steps<Analysis> {
  let found = false
  let seen = 0
  for (const item of nulSearchItems(analysis)) {
    found = hasNul(item)
    if (found) break
    if (++seen % ITEMS_PER_STEP === 0) yield
  }
  return found ? (replaceNul(analysis) as Analysis) : analysis
}

/**
 * The path of the first span that does not lie inside the article text, or null when all do.
 * @example spanOutside(analysis) // 'statements[3].content'
 */
export function spanOutside(analysis: Analysis): string | null {
  return runSteps(spanOutsideSteps(analysis))
}

/** `spanOutside` in steps (`steps.ts`): it yields after every ITEMS_PER_STEP spans of the article, actors and statements. */
export function* spanOutsideSteps(analysis: Analysis): Steps<string | null> {
  const length = analysis.article.text.length
  const outside = (span: Span | null | undefined) =>
    span != null && (span.start > length || span.end > length)
  let seen = 0
  const step = () => ++seen % ITEMS_PER_STEP === 0
  const { article } = analysis
  if (outside(article.body)) return 'article.body'
  if (outside(article.titleSpan)) return 'article.titleSpan'
  if (outside(article.datelineSpan)) return 'article.datelineSpan'
  for (const [i, span] of article.paragraphs.entries()) {
    if (outside(span)) return `article.paragraphs[${i}]`
    if (step()) yield
  }
  for (const [i, span] of (article.sentences ?? []).entries()) {
    if (outside(span)) return `article.sentences[${i}]`
    if (step()) yield
  }
  for (const [i, actor] of analysis.actors.entries()) {
    for (const [j, span] of actor.mentions.entries()) if (outside(span)) return `actors[${i}].mentions[${j}]`
    for (const [j, ref] of (actor.references ?? []).entries()) {
      if (outside(ref.span)) return `actors[${i}].references[${j}]`
    }
    if (step()) yield
  }
  for (const [i, statement] of analysis.statements.entries()) {
    for (const key of ['source', 'cue', 'content'] as const) {
      if (outside(statement[key])) return `statements[${i}].${key}`
    }
    for (const [j, span] of (statement.contentParts ?? []).entries()) {
      if (outside(span)) return `statements[${i}].contentParts[${j}]`
    }
    if (outside(statement.stance?.evidence)) return `statements[${i}].stance.evidence`
    if (step()) yield
  }
  return null
}
