import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

/** The speakers found for a text that names England, Kent and Tom Reed. */
function speakers(text: string) {
  return speakersOf(text, [
    actor(text, 'country:england', ['England']),
    actor(text, 'location:kent', ['Kent']),
    actor(text, 'person:tom-reed', ['Tom Reed']),
  ])
}

// A place after a preposition and a compass word ("in eastern England") is where, never who, the subject is.
describe('a place narrowed by a compass word', () => {
  it.each([
    [
      'is not the subject a participle speaks for',
      'Tax row\n\nThe tax starts in May. Many MPs with rural seats, particularly in northern England, have been pressing the government, saying farmers are suffering.',
      ['anonymous'],
    ],
    [
      'is not the subject, hyphenated',
      'Tax row\n\nThe tax starts in May. Farmers in south-east Kent have been pressing the council, saying prices are too low.',
      ['unresolved'],
    ],
    [
      'leaves a named subject after it the speaker',
      'Tax row\n\nThe tax starts in May. In northern England, Tom Reed has been pressing the government, saying farmers are suffering.',
      ['person:tom-reed'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
