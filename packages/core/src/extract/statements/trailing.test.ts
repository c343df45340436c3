import { describe, expect, it } from 'vitest'
import { statementSlices as statements } from './statement-slices.fixture.ts'

describe('trailing reports: the words before the comma, the subject after it', () => {
  it.each([
    // [case, text, source, cue, content]
    [
      'a verb that also reports acts, with no object',
      'Dan Rook has died at a hospice in Leeds, his family has announced.',
      'his family',
      'has announced',
      'Dan Rook has died at a hospice in Leeds',
    ],
    [
      'a described subject the content ran on over',
      'Deaths in custody have reached shocking levels, the committee has warned.',
      'the committee',
      'has warned',
      'Deaths in custody have reached shocking levels',
    ],
    [
      'a listener after "told"',
      'The bypass would cut journeys by half, he also told his audience.',
      'he',
      'also told',
      'The bypass would cut journeys by half',
    ],
    [
      '"went on"',
      'Rail fares had risen too fast, he went on.',
      'he',
      'went on',
      'Rail fares had risen too fast',
    ],
    [
      'a listener after "to"',
      'Bus fares rose in May, Ann Vale said to reporters.',
      'Ann Vale',
      'said',
      'Bus fares rose in May',
    ],
    [
      'a report of its own right after the verb',
      'Fares had risen too fast, he said adding nothing.',
      'he',
      'said',
      'Fares had risen too fast',
    ],
    [
      'a quote inside the words said',
      'The crowd had come "to show that the law was bad", she said.',
      'she',
      'said',
      'The crowd had come "to show that the law was bad',
    ],
    [
      'a weekday after the verb',
      'The depot made a loss in the spring, its owners announced Saturday.',
      'its owners',
      'announced',
      'The depot made a loss in the spring',
    ],
    [
      'a weekday and a part of the day',
      'The depot made a loss in the spring, its owners announced Monday morning.',
      'its owners',
      'announced',
      'The depot made a loss in the spring',
    ],
    [
      'a month and its day after the verb',
      'The depot made a loss in the spring, its owners announced June 3.',
      'its owners',
      'announced',
      'The depot made a loss in the spring',
    ],
    [
      'an opening "But"',
      'But the depot will close in May, the council said.',
      'the council',
      'said',
      'the depot will close in May',
    ],
    [
      'an opening "However,"',
      'However, the depot will close in May, the council said.',
      'the council',
      'said',
      'the depot will close in May',
    ],
  ])('%s', (_case, text, source, cue, content) => {
    expect(statements(text)).toEqual([[source, cue, content]])
  })

  it.each([
    // An object after the verb is what was said, not a listener: no trailing report.
    [
      'an object after a verb that takes no listener',
      'In her weekly column, Ann Vale acknowledged their long battle.',
      [['Ann Vale', 'acknowledged', 'their long battle']],
    ],
    ['a word said after "said"', 'The depot will close, Ann Vale said enough.', []],
    // A quote before the comma is left to the quote rules.
    ['a quote closed before the comma', '"We will win", he said.', [['he', 'said', 'We will win']]],
  ])('leaves alone %s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected)
  })
})
