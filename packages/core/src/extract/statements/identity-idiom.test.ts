import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The cue and content of each statement of a short text. */
function statementsOf(text: string): Array<[string | null, string]> {
  return analyze(text).statements.map((statement) => [
    statement.cue ? text.slice(statement.cue.start, statement.cue.end) : null,
    text.slice(statement.content.start, statement.content.end),
  ])
}

describe('isIdentityIdiom', () => {
  it.each([
    // The idiom of identity reports no words.
    ['The hard part is to know whether a customer is who they say they are.', []],
    ['Banks must check callers are who they say they are, and they often fail.', []],
    ['The new phone is not what it claims it is.', []],
    ['Nobody knew if the man was who he said he was when he called.', []],
    // Words reported after the same verbs stay.
    ['Many voters say they are angry about the tax.', [['say', 'they are angry about the tax']]],
    ['The board will deliver what it says it will deliver.', [['says', 'it will deliver']]],
  ])('"%s" → %j', (text, statements) => {
    expect(statementsOf(text)).toEqual(statements)
  })
})
