import { describe, expect, it } from 'vitest'
import { tokenize } from '../../parse/tokenize.ts'
import { continuesRelative } from './relative-conjunct.ts'
import { speakerNames } from './speaker-actors.fixture.ts'

/** Whether the first "and" of a phrase goes on with a relative clause before it. */
const continues = (phrase: string) => {
  const tokens = tokenize(phrase)
  return continuesRelative(
    tokens,
    tokens.findIndex((token) => token.text === 'and'),
  )
}

describe('continuesRelative', () => {
  // [case, source words, whether the "and" goes on with a relative clause]
  const cases: Array<[string, string, boolean]> = [
    ['a second "who"', 'Tom Reed, who led the board, and who now backs Ann Lee', true],
    [
      'a second verb of the same clause',
      'Tom Reed, who led the board, and has backed Ann Lee since May',
      true,
    ],
    ['"whom"', 'Tom Reed, whom Ann Lee chose, and who now sits on the board', true],
    ['"which"', 'the Vale Trust, which Bo Tarn founded, and which Ann Lee now runs', true],
    ['no relative: a new clause with its own speaker', 'a win for the union, and its head Ann Lee', false],
    ['a relative after the "and"', 'a win for the union, and Ann Lee, who heads it', false],
    ['"WHO", the body, opens no clause', 'a boost for the agency, WHO, and its head Ann Lee', false],
    ['a relative with no comma before it', 'the man who led the board, and Ann Lee', false],
    [
      'a relative, then a new clause with a possessive',
      'the union, which backed the strike, and its head Ann Lee',
      false,
    ],
    ['a relative, then a name', 'the firm, which had hoped to win, and Ann Lee', false],
  ]
  it.each(cases)('%s', (_, phrase, expected) => {
    expect(continues(phrase)).toBe(expected)
  })
})

const speakers = speakerNames

describe('a source whose relative clause goes on after ", and"', () => {
  // [case, text, speakers]
  const cases: Array<[string, string, string[]]> = [
    [
      'after the cue, a second "who" naming another person',
      'Vote nears\n\n“We will win,” said Tom Harle, who led the party, and who now backs Ann Petty.',
      ['Tom Harle'],
    ],
    [
      'after the cue, a second verb naming another person',
      'Vote nears\n\n“We will win,” said Tom Harle, who ran the board in 1999, and has backed Ann Petty since May.',
      ['Tom Harle'],
    ],
    [
      'a new clause after ", and" still gives the person named in it',
      'Vote nears\n\nThe vote is a win for the union, and its leader Ann Petty said the result was fair.',
      ['Ann Petty'],
    ],
    [
      'a relative clause, then a new clause that names the speaker',
      'Vote nears\n\n“We lost,” said the union, which had backed the strike, and its leader Ann Petty.',
      ['Ann Petty'],
    ],
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
