import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

// "the agency", "the board": a body the text called by that noun beside its name.
describe('a body described by an institution noun', () => {
  it.each([
    [
      'the agency is the news agency named before',
      'Plant closes\n\nStaff wept at the gates, reported Zenwire news agency. "The plant will not reopen," the agency said later.',
      ['organization:zenwire', ['Zenwire']],
      'organization:zenwire',
    ],
    [
      'the agency is the ratings agency named before it',
      'Debt upgraded\n\nRatings agency Kelbury raised Ruritania to investment grade. But the agency said the risks remained.',
      ['organization:kelbury', ['Kelbury']],
      'organization:kelbury',
    ],
    [
      'the board is the company whose board met',
      'Bid talks\n\nThe Vexcorp board met in Leeds on Monday. The board said it would reject the offer.',
      ['organization:vexcorp', ['Vexcorp']],
      'organization:vexcorp',
    ],
    [
      'the aid agency is not the news agency another body spoke to',
      'Flood appeal\n\nThe Westmark Relief Trust told the Zenwire news agency that it needed tents. "Disease is the worry," the aid agency said.',
      ['organization:zenwire', ['Zenwire']],
      'unresolved',
    ],
  ] as const)('%s', (_, text, [id, names], expected) => {
    const speakers = speakersOf(text, [actor(text, id, [...names])])
    expect(speakers.at(-1)).toBe(expected)
  })
})
