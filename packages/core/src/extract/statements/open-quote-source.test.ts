import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import type { Span } from '../../schemas/span.ts'

/** Source and content of each statement of `text`. */
function reports(text: string): [string, string][] {
  const slice = (span: Span | null) => (span ? text.slice(span.start, span.end) : '')
  return analyze(text).statements.map((statement) => [slice(statement.source), slice(statement.content)])
}

describe('openQuoteEnd', () => {
  it.each([
    // [case, text, [source, content] of each statement]
    [
      'a quote left open before ", said" and a name',
      '"We have no plans to sell the farm, said Ms Cole, who runs the dairy.',
      [['Ms Cole, who runs the dairy', 'We have no plans to sell the farm']],
    ],
    [
      'a quote left open before a pronoun and "said"',
      '"Nobody wants the old mill, she said.',
      [['she', 'Nobody wants the old mill']],
    ],
    [
      'a quote of two sentences left open',
      '"The market is weak. Buyers have gone, said Ms Cole, who runs a shop in Leeds.',
      [['Ms Cole, who runs a shop in Leeds', 'The market is weak. Buyers have gone']],
    ],
    [
      'a closed quote, as before',
      '"We have no plans to sell the farm," said Ms Cole.',
      [['Ms Cole', 'We have no plans to sell the farm']],
    ],
  ])('%s', (_, text, expected) => {
    expect(reports(text)).toEqual(expected)
  })
})
