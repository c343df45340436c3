import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The cue and content of each statement of a short text. */
function statementsOf(text: string): Array<[string | null, string]> {
  return analyze(text).statements.map((statement) => [
    statement.cue ? text.slice(statement.cue.start, statement.cue.end) : null,
    text.slice(statement.content.start, statement.content.end),
  ])
}

describe('withExistentialThere', () => {
  it.each([
    [
      'Prices rose last year. Jo Park, from Brightline, told the BBC News website there are two ways to fix it.',
      [['told', 'there are two ways to fix it']],
    ],
    [
      'Prices rose. Jo Park told reporters there will not be any new taxes.',
      [['told', 'there will not be any new taxes']],
    ],
    ['Prices rose. Jo Park said there is no plan.', [['said', 'there is no plan']]],
    // A "there" of place stays out of the words: it is no existential clause.
    ['Prices rose. Jo Park said the firm was there to help.', [['said', 'the firm was there to help']]],
  ])('"%s" → %j', (text, statements) => {
    expect(statementsOf(text)).toEqual(statements)
  })
})
