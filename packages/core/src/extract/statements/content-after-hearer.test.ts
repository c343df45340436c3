import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { fromClauseAfterHearer } from './content-after-hearer.ts'
import { buildContext } from './context.ts'

/**
 * The words of the content `fromClauseAfterHearer` gives for a text whose cue is the first "told" (or "tells") and
 * whose content runs from the word `first` to the word `last` (the first of each after the cue).
 */
function contentOf(text: string, first: string, last: string): string {
  const context = buildContext(parseArticle(text))
  const words = context.tokens.map((token) => token.text)
  const cueAt = words.findIndex((word) => word === 'told' || word === 'tells')
  const firstAt = words.indexOf(first, cueAt + 1)
  const lastAt = words.indexOf(last, firstAt)
  const content = fromClauseAfterHearer(
    context,
    { end: cueAt + 1 },
    { start: firstAt, last: lastAt, side: 'after' },
  )
  return words.slice(content.start, content.last + 1).join(' ')
}

describe('fromClauseAfterHearer', () => {
  it.each([
    // A content started inside the subject goes back to the subject's first word.
    [
      'Ann Lee told the local radio the town hall roof was unsafe.',
      'hall',
      'unsafe',
      'the town hall roof was unsafe',
    ],
    // A content started inside the hearer goes on to the subject's first word.
    ['Tom Reed told Radio 5 Ms Vale had left the club.', '5', 'club', 'Ms Vale had left the club'],
    [
      'Ann Lee told the parish newsletter Farley would lose its bus.',
      'newsletter',
      'bus',
      'Farley would lose its bus',
    ],
    ['Tom Reed told him the match was off.', 'him', 'off', 'the match was off'],
    // A lower-case noun after a name the hearer ends on.
    ['Ann Lee told Kestrel Radio farmers would lose out.', 'Radio', 'out', 'farmers would lose out'],
    ['Tom Reed told the Daily Post readers had complained.', 'Post', 'complained', 'readers had complained'],
    // A subject that runs into a quote (tokens joined by spaces).
    ['Ann Lee told Kestrel Radio farmers "felt cheated".', 'Radio', 'cheated', 'farmers " felt cheated'],
    // "it" or "there" after a show's name opens the clause, not the lower-case noun of the name.
    [
      'Tom Reed told the Kestrel Radio breakfast show it was a mistake.',
      'show',
      'mistake',
      'it was a mistake',
    ],
    ['Ann Lee told Kestrel Radio news there was no plan.', 'news', 'plan', 'there was no plan'],
    // The last such place wins: a name after the hearer's lower-case noun.
    ['Ann Lee told Kestrel Radio news desk Mr Hart had quit.', 'desk', 'quit', 'Mr Hart had quit'],
    // A determiner after the hearer wins over a name inside the subject.
    [
      'Ann Lee told MPs a new Green Party plan was costly.',
      'Green',
      'costly',
      'a new Green Party plan was costly',
    ],
    ['Tom Reed told the news agency Kestrel the strike was over.', 'Kestrel', 'over', 'the strike was over'],
    ['Ann Lee tells reporters they will win.', 'reporters', 'win', 'they will win'],
    // A time phrase after the hearer opens no subject.
    ['Tom Reed told families this week the scheme would end.', 'families', 'end', 'the scheme would end'],
    ['Ann Lee told the paper last month her shop would shut.', 'paper', 'shut', 'her shop would shut'],
  ])('starts at the subject: %s', (text, first, last, expected) => {
    expect(contentOf(text, first, last)).toBe(expected)
  })

  it.each([
    // "that", "to", "about" or a question word after the hearer: the tagger's content stands.
    ['Ann Lee told the radio that the roof was unsafe.', 'radio', 'unsafe', 'radio that the roof was unsafe'],
    ['Tom Reed told the players to stay calm.', 'players', 'calm', 'players to stay calm'],
    [
      'Ann Lee told the club about the fire that had spread.',
      'club',
      'spread',
      'club about the fire that had spread',
    ],
    // No verb after the hearer: a story, not a clause.
    ['Tom Reed told the children a story about a fox.', 'a', 'fox', 'a story about a fox'],
    // A quote after the cue marks what was said.
    ['Ann Lee told the radio "the roof was unsafe".', 'roof', 'unsafe', 'roof was unsafe'],
    // The subject already starts where it should.
    ['Tom Reed told the paper the mill would close.', 'the', 'close', 'the mill would close'],
  ])('stays: %s', (text, first, last, expected) => {
    expect(contentOf(text, first, last)).toBe(expected)
  })
})
