import { describe, expect, it } from 'vitest'
import { throughDanglingEnd } from './content-dangling-end.ts'
import { contentByStage } from './content-stage.fixture.ts'

/** The words of the content `throughDanglingEnd` gives (see contentByStage). */
function contentOf(text: string, cue: string, last: string, side: 'after' | 'before' = 'after'): string {
  return contentByStage(throughDanglingEnd, text, cue, last, side)
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
    // A modal, an auxiliary, a subject pronoun, "not" or a word that opens a clause, with a word of its clause next.
    ['Ms Vale said the mill could be sold in May.', 'said', 'could', 'the mill could be sold in May'],
    ['Mr Hart warned that the road was not safe.', 'warned', 'that', 'that the road was not safe'],
    ['Ms Vale said the depot had been closed, and more.', 'said', 'had', 'the depot had been closed'],
    ['Mr Hart agreed to stay on as he had promised.', 'agreed', 'he', 'to stay on as he had promised'],
    ['Ms Vale said the vote would not pass.', 'said', 'not', 'the vote would not pass'],
    ['Mr Hart asked whether the pier would reopen.', 'asked', 'whether', 'whether the pier would reopen'],
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
    // Such a word with no word of its clause next ends where it stands.
    ['Ms Vale said she thought they could.', 'said', 'could', 'she thought they could'],
    ['Mr Hart said he was sure that, in time.', 'said', 'that', 'he was sure that'],
    ['Ms Vale denied it, as did he.', 'denied', 'he', 'it , as did he'],
    // Such a word just after a comma opens another clause, not the rest of this one.
    ['Although Ms Vale admitted the error, she did not resign.', 'admitted', 'she', 'the error , she'],
    ['Mr Hart said he paid them and has since left.', 'said', 'has', 'he paid them and has'],
    // A pronoun that is an object ("it") does not want more.
    ['Ms Vale said the mayor backed it last week.', 'said', 'it', 'the mayor backed it'],
    // The rest of the clause ends on such a word again: the content is left as it was.
    ['Mr Hart said the team would, if they can.', 'said', 'would', 'the team would'],
  ])('%s → as it was', (text, cue, last, expected) => {
    expect(contentOf(text, cue, last)).toBe(expected)
  })

  it('leaves a content before its cue as it is', () => {
    expect(contentOf('The vote was rushed by the, Ms Vale said.', 'was', 'the', 'before')).toBe(
      'rushed by the',
    )
  })
})
