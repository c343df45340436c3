import { describe, expect, it } from 'vitest'
import { tokenize } from '../../parse/tokenize.ts'
import { passiveMakerBy } from './writing-passive-maker.ts'

/** The words from a phrase's first writing noun to the "by" that names its maker, or null when none does. */
function makerBy(phrase: string, noun: string): string | null {
  const tokens = tokenize(phrase)
  const at = tokens.findIndex((token) => token.text === noun)
  const by = passiveMakerBy(tokens, at)
  return by === undefined ? null : phrase.slice(tokens[at]?.start, tokens[by]?.end)
}

describe('passiveMakerBy', () => {
  // [case, phrase, writing noun, the words up to "by", or null]
  const cases: Array<[string, string, string, string | null]> = [
    ['a short passive', 'The poll was run by Ann Lee.', 'poll', 'poll was run by'],
    ['"carried out by"', 'The study was carried out by the Vale Trust.', 'study', 'study was carried out by'],
    [
      'a long phrase of its own first',
      'The study of bus drivers in three coastal towns was conducted by Ann Lee.',
      'study',
      'study of bus drivers in three coastal towns was conducted by',
    ],
    [
      'a list of places inside the phrase',
      'The review of ferry routes to Arran, Bute and Islay was commissioned by Ann Lee.',
      'review',
      'review of ferry routes to Arran, Bute and Islay was commissioned by',
    ],
    [
      '"has been" and an adverb',
      'The report has been jointly written by Ann Lee.',
      'report',
      'report has been jointly written by',
    ],
    ['a passive that is not of making', 'The report was welcomed by Ann Lee.', 'report', null],
    [
      'a verb of the writing comes first',
      'The report found the flats were built by Ann Lee.',
      'report',
      null,
    ],
    [
      'a verb of making in what it found',
      'The study showed the data were compiled by Ann Lee.',
      'study',
      null,
    ],
    [
      'a relative clause comes first',
      'The report that Tom Reed read was written by Ann Lee.',
      'report',
      null,
    ],
    ['a passive with no "by"', 'The survey was published on Monday.', 'survey', null],
    ['the sentence ends first', 'The survey is new. It was run by Ann Lee.', 'survey', null],
  ]
  it.each(cases)('%s', (_case, phrase, noun, expected) => {
    expect(makerBy(phrase, noun)).toBe(expected)
  })

  it('reads a long run of words quickly and finds no maker', () => {
    const phrase = `The study ${'of towns '.repeat(5000)}was run by Ann Lee.`
    expect(makerBy(phrase, 'study')).toBeNull()
  })
})
