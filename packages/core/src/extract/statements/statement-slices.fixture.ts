import { parseArticle } from '../../parse/index.ts'
import type { Span } from '../../schemas/span.ts'
import { extractStatements } from './index.ts'
import { shippedModel } from './model.ts'

/**
 * For table tests: the statements of a short text as [source, cue, content], each the text it spans (a content in
 * parts joined by " | ").
 * @example statementSlices('Tom Rake said it failed.') // [['Tom Rake', 'said', 'it failed']]
 */
export function statementSlices(text: string): Array<[string | null, string | null, string]> {
  const slice = (span: Span | null | undefined) => (span ? text.slice(span.start, span.end) : null)
  return extractStatements(parseArticle(text), [], shippedModel()).map((statement) => [
    slice(statement.source),
    slice(statement.cue),
    statement.contentParts ? statement.contentParts.map(slice).join(' | ') : (slice(statement.content) ?? ''),
  ])
}
