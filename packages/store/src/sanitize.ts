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

/** `storable` in steps (`steps.ts`): the search for a NUL yields after every ITEMS_PER_STEP items of the lists. */
export function* storableSteps(analysis: Analysis): Steps<Analysis> {
  const { actors, statements, relations, ...rest } = analysis
  let found = hasNul(rest)
  let seen = 0
  for (const list of [actors, statements, relations ?? []] as unknown[][]) {
    for (const item of list) {
      if (found) break
      found = hasNul(item)
      if (++seen % ITEMS_PER_STEP === 0) yield
    }
  }
  return found ? (replaceNul(analysis) as Analysis) : analysis
}

/**
 * The path of the first span that does not lie inside the article text, or null when all do.
 * @example spanOutside(analysis) // 'statements[3].content'
 */
export function spanOutside(analysis: Analysis): string | null {
  const length = analysis.article.text.length
  const outside = (span: Span | null | undefined) =>
    span != null && (span.start > length || span.end > length)
  const { article } = analysis
  if (outside(article.body)) return 'article.body'
  if (outside(article.titleSpan)) return 'article.titleSpan'
  if (outside(article.datelineSpan)) return 'article.datelineSpan'
  for (const [i, span] of article.paragraphs.entries()) if (outside(span)) return `article.paragraphs[${i}]`
  for (const [i, span] of (article.sentences ?? []).entries())
    if (outside(span)) return `article.sentences[${i}]`
  for (const [i, actor] of analysis.actors.entries()) {
    for (const [j, span] of actor.mentions.entries()) if (outside(span)) return `actors[${i}].mentions[${j}]`
    for (const [j, ref] of (actor.references ?? []).entries()) {
      if (outside(ref.span)) return `actors[${i}].references[${j}]`
    }
  }
  for (const [i, statement] of analysis.statements.entries()) {
    for (const key of ['source', 'cue', 'content'] as const) {
      if (outside(statement[key])) return `statements[${i}].${key}`
    }
    for (const [j, span] of (statement.contentParts ?? []).entries()) {
      if (outside(span)) return `statements[${i}].contentParts[${j}]`
    }
    if (outside(statement.stance?.evidence)) return `statements[${i}].stance.evidence`
  }
  return null
}
