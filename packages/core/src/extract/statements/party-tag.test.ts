import { describe, expect, it } from 'vitest'
import { speakerNames } from './speaker-actors.fixture.ts'

const speakers = speakerNames

describe('personBeforePartyTag', () => {
  // [case, text, speakers]
  const cases: Array<[string, string, string[]]> = [
    [
      'a tag set off by commas after a quote',
      'Veto vote\n\n“The bill is dead,” Senate Majority Leader Tom Harle, R-Ore., told reporters.',
      ['Tom Harle'],
    ],
    [
      'a tag in brackets after a quote',
      'Veto vote\n\n“We need the files,” committee head Rep. Tom Harle (R-Ore.) said on Friday.',
      ['Tom Harle'],
    ],
    [
      'a tag after the cue',
      'Veto vote\n\n“It is over,” said Sen. Ann Petty, D-Vt., on Monday.',
      ['Ann Petty'],
    ],
    [
      'a spokesman for the tagged member speaks, not the member',
      'Veto vote\n\n“The deal is fair,” a spokesman for Tom Harle, D-N.Y., said.',
      ['none'],
    ],
    [
      'an aide to the tagged member speaks, not the member',
      'Veto vote\n\n“It is over,” an aide to Sen. Ann Petty, R-Ore., said on Monday.',
      ['none'],
    ],
    [
      'a body before a tag stays the body',
      'Veto vote\n\n“We lost,” said the Vale Party, D-Vt.',
      ['Vale Party'],
    ],
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
