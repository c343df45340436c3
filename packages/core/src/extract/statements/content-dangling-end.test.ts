import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { throughDanglingEnd } from './content-dangling-end.ts'
import { buildContext } from './context.ts'

/**
 * The words of the content `throughDanglingEnd` gives for a text whose cue is the word `cue` and whose content runs
 * from the word after it to the word `last` (the first of each).
 */
function contentOf(text: string, cue: string, last: string, side = 'after'): string {
  const context = buildContext(parseArticle(text))
  const words = context.tokens.map((token) => token.text)
  const cueAt = words.indexOf(cue)
  const lastAt = words.indexOf(last, cueAt)
  const content = throughDanglingEnd(context, { end: cueAt + 1 }, { start: cueAt + 1, last: lastAt, side })
  return words.slice(content.start, content.last + 1).join(' ')
}

describe('throughDanglingEnd', () => {
  it.each([
    // An article or a conjunction wants the rest of its clause.
    ['Ms Vale condemned the vote by the town council.', 'condemned', 'the', 'the vote by the town council'],
    ['Mr Hart asked him to resign and repay the money.', 'asked', 'and', 'him to resign and repay the money'],
    // A preposition takes the name after it, and no more.
    ['Ms Vale condemned the vote by Tom Harper on Monday.', 'condemned', 'by', 'the vote by Tom Harper'],
    [
      'Ms Vale wants an inquiry by the Board of Trade soon.',
      'wants',
      'by',
      'an inquiry by the Board of Trade',
    ],
    // A name cut in two: on to its end, and no further.
    ['Ms Vale criticised the move by Ann Lee to quit.', 'criticised', 'Ann', 'the move by Ann Lee'],
  ])('%s', (text, cue, last, expected) => {
    expect(contentOf(text, cue, last)).toBe(expected)
  })

  it.each([
    // A content that ends on a word that can end it.
    ['Ms Vale said the plan would fail badly next year.', 'said', 'fail', 'the plan would fail'],
    // Too far to the clause's end: more than a few words were left off, not one.
    [
      'Ms Vale said it was about the long and slow and costly and needless and badly run and very late and unloved scheme.',
      'said',
      'the',
      'it was about the',
    ],
    // A conjunction after a comma, and a preposition other than "by" or "of" before a name, stay as they are.
    ['Ms Vale told them how to vote, but few listened.', 'told', 'but', 'them how to vote , but'],
    ['Ms Vale praised Tom Harper on Radio Five.', 'praised', 'on', 'Tom Harper on'],
    ['Ms Vale attacked Tom Harper in late night posts.', 'attacked', 'in', 'Tom Harper in'],
    // A preposition stranded at its clause's end keeps its place.
    ['Ms Vale said it was a deal she could live with.', 'said', 'with', 'it was a deal she could live with'],
    // A capitalized word that opens no name after it.
    ['Ms Vale praised Tom Harper for his work.', 'praised', 'Harper', 'Tom Harper'],
  ])('%s → as it was', (text, cue, last, expected) => {
    expect(contentOf(text, cue, last)).toBe(expected)
  })

  it('leaves a content before its cue as it is', () => {
    expect(contentOf('The vote was rushed by the, Ms Vale said.', 'was', 'the', 'before')).toBe(
      'rushed by the',
    )
  })
})
