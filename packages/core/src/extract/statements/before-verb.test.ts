import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { precedesItsVerb } from './before-verb.ts'
import { buildContext } from './context.ts'

describe('precedesItsVerb', () => {
  // [case, text, word, whether it stands before the cue's verb (the cue runs to the end of the next word)]
  const cases: Array<[string, string, string, boolean]> = [
    ['"long" before said', 'The coach has long said that the pitch is too small.', 'long', true],
    ['floated "all"', 'The three judges all argued that the fine was fair.', 'all', true],
    ['floated "both"', 'The two firms both claimed that sales had risen.', 'both', true],
    ['contracted "\'ve"', "I've suggested that the fees are too high.", "'ve", true],
    ['"all" opening a noun phrase', 'All the reports say that rents are rising.', 'All', false],
    ['"all" before an auxiliary', 'The players have all been named as likely captains.', 'all', false],
    ['"long" as an adjective', 'A long report says that rents are rising.', 'long', false],
    ['a reporting verb itself', 'The coach said that the pitch is too small.', 'said', false],
  ]
  it.each(cases)('%s', (_case, text, word, expected) => {
    const context = buildContext(parseArticle(text))
    const at = context.tokens.findIndex((token) => text.slice(token.start, token.end) === word)
    expect(precedesItsVerb(context, at, at + 2)).toBe(expected)
  })
})
