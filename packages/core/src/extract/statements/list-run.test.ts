import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { makeCue } from './cue.ts'
import { throughList } from './list-run.ts'

/**
 * The content a list runs to, given a text, the cue's word and the word the chosen content ends on (the content
 * starts right after the cue).
 */
function listedContent(text: string, cueWord: string, lastWord: string): string {
  const context = buildContext(parseArticle(text))
  const at = (word: string, from = 0) => context.tokens.findIndex((t, i) => i >= from && t.text === word)
  const cueAt = at(cueWord)
  const cue = makeCue(context, cueAt, cueAt + 1)
  const place = throughList(context, cue, { start: cueAt + 1, last: at(lastWord, cueAt), side: 'after' })
  return text.slice(context.tokens[place.start]?.start, context.tokens[place.last]?.end)
}

describe('throughList', () => {
  it.each([
    // A list of verb phrases, and of names, the last joined by "and" or "or".
    [
      'The union urged the party to cut its fees, sack its chiefs, open its books, and hold a vote.',
      'urged',
      'fees',
      'the party to cut its fees, sack its chiefs, open its books, and hold a vote',
    ],
    ['The coach praised Ann, Tom and Bo more than Sam.', 'praised', 'Ann', 'Ann, Tom and Bo more than Sam'],
    [
      'She named “Dogs,” “Cats” or “Fish” as her picks.',
      'named',
      'Dogs',
      '“Dogs,” “Cats” or “Fish” as her picks',
    ],
    ['He backed Ann, Tom and Bo, aides said.', 'backed', 'Ann', 'Ann, Tom and Bo'],
    [
      'The clerk asked if I wanted a receipt by email, text or post.',
      'asked',
      'email',
      'if I wanted a receipt by email, text or post',
    ],
    // Not a list: a new clause with its own subject or verb, a relative clause, two items only, a long item.
    ['She said the plan was dead, and he left.', 'said', 'dead', 'the plan was dead'],
    ['He praised the mayor, who quit, and the clerk.', 'praised', 'mayor', 'the mayor'],
    ['He praised the mayor, and the clerk agreed.', 'praised', 'mayor', 'the mayor'],
    ['He praised the mayor, the clerk and the staff said.', 'praised', 'mayor', 'the mayor'],
    [
      'He praised the mayor, the clerk who ran the old town hall for years, and the staff.',
      'praised',
      'mayor',
      'the mayor',
    ],
    ['He praised the mayor, the clerk, the staff.', 'praised', 'mayor', 'the mayor'],
  ])('"%s" (%s … %s) → %j', (text, cue, last, content) => {
    expect(listedContent(text, cue, last)).toBe(content)
  })
})
