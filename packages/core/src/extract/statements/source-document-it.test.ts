import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

/** The speakers found for a text that names Tom Reed, the Vale Trust and the House of Commons. */
function speakers(text: string) {
  return speakersOf(text, [
    actor(text, 'person:tom-reed', ['Tom Reed', 'Mr Reed']),
    actor(text, 'organization:vale-trust', ['Vale Trust']),
    actor(text, 'organization:house-of-commons', ['Commons']),
  ])
}

describe('"it" for the writing the sentence before opened with', () => {
  it.each([
    [
      'a writing published by a body speaks for the body',
      'Farm levy\n\nThe report is published by the Vale Trust. It says the levy should go.',
      ['organization:vale-trust'],
    ],
    [
      'a writing named by its author in its head',
      'Farm levy\n\nA Vale Trust report says the levy is too high. It says the levy should go.',
      ['organization:vale-trust', 'organization:vale-trust'],
    ],
    [
      'a writing with no author is no body named in its sentence',
      'Farm levy\n\nBut a short statement was given in a written answer to the Commons. It said the levy should go.',
      ['unresolved'],
    ],
    [
      'a writing that is only the object of the sentence before leaves "it" to the subject',
      'Farm levy\n\nThe Vale Trust published a report. It said the levy should go.',
      ['organization:vale-trust'],
    ],
    [
      'a writing owned by a person speaks for its owner, not for a body named in what it said',
      'Farm levy\n\nMr Reed\'s statement said: "The Vale Trust is wrong." It added: "The levy must go."',
      ['person:tom-reed', 'person:tom-reed'],
    ],
    [
      'a writing owned by a body, after "But"',
      "Farm levy\n\nBut the Vale Trust's letter said the levy was too high. It added that farms would close.",
      ['organization:vale-trust', 'organization:vale-trust'],
    ],
    [
      'a name that opens the sentence without owning a writing does not make "it" a writing',
      'Farm levy\n\nTom Reed spoke to the Vale Trust about a report. It said the levy should go.',
      ['organization:vale-trust'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
