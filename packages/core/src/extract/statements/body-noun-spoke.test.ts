import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

/** The speaker (or reason) of the last statement, among a body, a firm and a person given by their names. */
const lastSpeaker = (text: string) =>
  speakersOf(text, [
    actor(text, 'organization:vale-office', ['Vale Office']),
    actor(text, 'organization:pellcom', ['Pellcom']),
    actor(text, 'person:ann-reed', ['Ann Reed']),
  ]).at(-1)

// "…, the Vale Office said. …, according to the agency": the body that just spoke (body-noun-spoke.ts).
describe('a bare body noun after that body spoke', () => {
  it.each([
    [
      'the next sentence',
      'The site is a fake, the Vale Office said. It steals card numbers, according to the agency.',
      'organization:vale-office',
    ],
    [
      'one sentence between',
      'The site is a fake, the Vale Office said. Its pages look real. It steals card numbers, the bureau added.',
      'organization:vale-office',
    ],
    // Must not fire.
    [
      'another body named between',
      'The site is a fake, the Vale Office said. Pellcom hosts it. It steals card numbers, according to the agency.',
      'unresolved',
    ],
    [
      'a person spoke last',
      'The site is a fake, Ann Reed said. It steals card numbers, according to the agency.',
      'unresolved',
    ],
    [
      'too far back',
      'The site is a fake, the Vale Office said. Its pages look real. They use bright colours. Many sites do. It steals card numbers, according to the agency.',
      'unresolved',
    ],
  ])('%s', (_case, text, expected) => {
    expect(lastSpeaker(text)).toBe(expected)
  })
})
