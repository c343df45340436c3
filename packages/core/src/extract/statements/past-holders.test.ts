import { describe, expect, it } from 'vitest'
import { speakerOfSource } from './speaker-actors.fixture.ts'

const BUDGET =
  'Budget row\n\nEd Lowe told MPs the plans would cost more. The chancellor said the new rules would hurt growth. He told the committee the figures were sound.\n\n'

describe('a past holder of an office, named with a party between "former" and the noun, is not its holder now', () => {
  it.each([
    [
      '"ex-Tory chancellor" for "the chancellor"',
      `${BUDGET}Earlier, ex-Tory chancellor Ken Vale welcomed the change.`,
      'The chancellor',
      'Ed Lowe',
    ],
    [
      '… nor for the "he" after it',
      `${BUDGET}Earlier, ex-Tory chancellor Ken Vale welcomed the change.`,
      'He',
      'Ed Lowe',
    ],
    [
      '"former Labour chancellor"',
      `${BUDGET}Earlier, former Labour chancellor Ken Vale welcomed the change.`,
      'The chancellor',
      'Ed Lowe',
    ],
    // Must not fire: a holder named with no "former", and a deputy's office, which is one of its own.
    [
      'a holder with a party only',
      'Budget row\n\nTory chancellor Ken Vale welcomed the change. Ed Lowe told MPs the plans would cost more. The chancellor said the new rules would hurt growth.',
      'The chancellor',
      'Ken Vale',
    ],
    [
      'a deputy judge is a judge',
      'Vote row\n\nDeputy High Court Judge Ann Vale heard the case. The judge said the whole system was under scrutiny.',
      'The judge',
      'Ann Vale',
    ],
  ])('%s', (_, text, source, speaker) => {
    expect(speakerOfSource(text, source)).toBe(speaker)
  })
})
