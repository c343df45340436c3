import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Span } from '../../schemas/span.ts'
import { extractStatements } from './index.ts'
import { shippedModel } from './model.ts'

/** The statements of a short text as [source, cue, content] (parts joined by " | "). */
function statements(text: string): Array<[string | null, string | null, string]> {
  const slice = (span: Span | null | undefined) => (span ? text.slice(span.start, span.end) : null)
  return extractStatements(parseArticle(text), [], shippedModel()).map((statement) => [
    slice(statement.source),
    slice(statement.cue),
    statement.contentParts ? statement.contentParts.map(slice).join(' | ') : (slice(statement.content) ?? ''),
  ])
}

describe('interposedContent: "according to" set off by commas inside what it reports', () => {
  it.each([
    // [case, text, statements as [source, cue, content]]
    [
      'a subject, the aside, a predicate in the past',
      'Peak demand, according to Tom Rake, reached 40,000 megawatts on Monday.',
      [['Tom Rake', 'according to', 'Peak demand | reached 40,000 megawatts on Monday']],
    ],
    [
      'a subject, the aside, a modal',
      'The deficit, according to the Treasury, will reach £30bn next year.',
      [['the Treasury', 'according to', 'The deficit | will reach £30bn next year']],
    ],
    // Not an aside: a clause before it, an appositive after its source.
    [
      'a clause, then the source and its appositive',
      'Taxes would rise, according to an analysis by Ann Vale, a former aide now teaching law.',
      [['an analysis by Ann Vale, a former aide now teaching law', 'according to', 'Taxes would rise']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected)
  })
})
