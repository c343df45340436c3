import { describe, expect, it } from 'vitest'
import { speakerOfSource } from './speaker-actors.fixture.ts'

const CLUB = 'Club row\n\nEd Lowe said the club was in talks. '

describe('a "he" inside a "who" clause is the person the clause hangs on', () => {
  it.each([
    [
      'the clause after an object',
      `${CLUB}That prompted the exit of investor Tom Reed, who grew tired of what he claimed was delay by the board.`,
      'Tom Reed',
    ],
    // Must not fire: a woman's clause for "he", a clause a comma has closed.
    [
      'not a woman for "he"',
      `${CLUB}The deal angered Ann Reed, who met him after he said the board had lied.`,
      'Ed Lowe',
    ],
    [
      'not past a comma',
      `${CLUB}Ed Lowe praised investor Tom Reed, who left in May, and he said the board had lied.`,
      'Ed Lowe',
    ],
  ])('%s', (_, text, speaker) => {
    expect(speakerOfSource(text, 'he')).toBe(speaker)
  })
})
