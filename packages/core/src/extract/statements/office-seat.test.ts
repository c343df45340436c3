import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

/** The speakers found for a text that names Ann Vale, Tom Reed and the places Salford and Texas. */
function speakers(text: string) {
  return speakersOf(text, [
    actor(text, 'person:ann-vale', ['Ann Vale', 'Ms Vale']),
    actor(text, 'person:tom-reed', ['Tom Reed', 'Mr Reed']),
    actor(text, 'location:salford', ['Salford']),
    actor(text, 'location:texas', ['Texas']),
  ])
}

describe('"the <place> MP" for the member who just spoke', () => {
  it.each([
    [
      'a seat the text never gave the speaker is the speaker varied',
      'Bus fares\n\nAnn Vale said fares would rise. The Salford MP told the committee the plan would fail.',
      ['person:ann-vale', 'person:ann-vale'],
    ],
    [
      'a speaker the text tied to another place is not the member',
      'Bus fares\n\nTom Reed of Texas said fares would rise. The Salford MP told the committee the plan would fail.',
      ['person:tom-reed', 'unresolved'],
    ],
    [
      'an office that is not a seat keeps to the places the text gave',
      'Bus fares\n\nAnn Vale said fares would rise. The Salford mayor told the committee the plan would fail.',
      ['person:ann-vale', 'unresolved'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
