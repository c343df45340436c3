import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

/** The speaker (or reason) of the last statement, among one person and two firms given by their names. */
const lastSpeaker = (text: string) =>
  speakersOf(text, [
    actor(text, 'person:ann-vale', ['Ann Vale', 'Vale']),
    actor(text, 'organization:vexco', ['Vexco']),
    actor(text, 'organization:pellcom', ['Pellcom']),
  ]).at(-1)

// "The lawsuit says …": whoever brought the action speaks through it (lawsuit-source.ts).
describe('a legal action speaks for whoever brought it', () => {
  it.each([
    [
      'the one suing',
      'Ann Vale is suing Vexco over a faulty boiler. The lawsuit says the boiler leaked gas.',
      'person:ann-vale',
    ],
    [
      'a body that sued',
      'Vexco has sued Pellcom over its logo. The suit claims shoppers were misled.',
      'organization:vexco',
    ],
    [
      'after "filed a lawsuit"',
      'Pellcom filed a lawsuit against Vexco on Monday. The lawsuit alleges the deal was rigged.',
      'organization:pellcom',
    ],
    [
      'a passive "sued by"',
      'Vexco was sued by Ann Vale last year. The complaint said her wages were withheld.',
      'person:ann-vale',
    ],
    [
      'a nameless one suing: anonymous',
      'A Leeds woman is suing Vexco over a fall. The lawsuit says the floor was wet.',
      'anonymous',
    ],
    // Must not fire.
    [
      'two parties suing: no one',
      'Vexco sued Pellcom in May. Pellcom sued Vexco in June. The lawsuit says the patent was stolen.',
      'unresolved',
    ],
    [
      'no one said to sue: no one',
      'Vexco lost a case in May. The lawsuit says the patent was stolen.',
      'unresolved',
    ],
    [
      'the one sued is not its voice',
      'Vexco was sued over its logo. The lawsuit says shoppers were misled.',
      'unresolved',
    ],
    [
      'not a bare action noun',
      'Ann Vale is suing Vexco. A Pellcom report says the boiler leaked gas.',
      'organization:pellcom',
    ],
  ])('%s', (_case, text, expected) => {
    expect(lastSpeaker(text)).toBe(expected)
  })
})
