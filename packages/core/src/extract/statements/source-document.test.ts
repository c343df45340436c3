import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

/** The speakers found for a text that names Tom Reed and the Vale Trust. */
function speakers(text: string) {
  return speakersOf(text, [
    actor(text, 'person:tom-reed', ['Tom Reed', 'Mr Reed']),
    actor(text, 'organization:vale-trust', ['Vale Trust']),
  ])
}

describe('a writing as the source', () => {
  it.each([
    [
      'addressed to a person is not that person speaking',
      'Pay row\n\nTom Reed met union leaders. A memo for Mr Reed said the unions would not sign.',
      ['anonymous'],
    ],
    [
      'addressed to a person, after the words it gives',
      'Pay row\n\nTom Reed met union leaders. "They will not sign," reads a telephone memo for Mr Reed.',
      ['anonymous'],
    ],
    [
      'addressed to a person but written by a body speaks for the body',
      'Pay row\n\nTom Reed met union leaders. A memo for Mr Reed written by the Vale Trust said the unions would not sign.',
      ['organization:vale-trust'],
    ],
    [
      'written by a person speaks for that person',
      'Pay row\n\nTom Reed met union leaders. A memo by Tom Reed said the unions would not sign.',
      ['person:tom-reed'],
    ],
    [
      'a title set off after the noun does not hide the author',
      'Pay row\n\nThe report, Wages in the North of England, was published by the Vale Trust. It says pay has stalled.',
      ['organization:vale-trust'],
    ],
    [
      'the author named after words that describe her',
      'Pay row\n\nThe study, by Vale Trust economist Tom Reed and printed in the Herald, said pay had stalled.',
      ['person:tom-reed'],
    ],
    [
      'an author given in an aside after a source that ends in the writing',
      'Pay row\n\nAccording to a new study, Wages Now by Vale Trust economist Tom Reed, pay has stalled.',
      ['person:tom-reed'],
    ],
    [
      'a writing met with no author, named at its next mention',
      'Pay row\n\nPay has stalled, a new study says. The study, by Tom Reed, found rents rose.',
      ['person:tom-reed', 'person:tom-reed'],
    ],
    [
      'a writing met with no author, later mention naming none',
      'Pay row\n\nPay has stalled, a new study says. The study, Wages Now, found rents rose.',
      ['unresolved', 'unresolved'],
    ],
    [
      'a body after "by" with no describing noun stays the author',
      'Pay row\n\nThe study, by the Vale Trust, said pay had stalled.',
      ['organization:vale-trust'],
    ],
    [
      'a title set off after the noun, then a holder, is no one named',
      'Pay row\n\nThe report, Wages in the North of England, was seen by Tom Reed. It says pay has stalled.',
      ['anonymous'],
    ],
    [
      'a person named in what an earlier mention says is not its author',
      'Pay row\n\nThe report by the Vale Trust accuses minister Tom Reed of delays. Later the report said costs had climbed.',
      ['organization:vale-trust', 'organization:vale-trust'],
    ],
    [
      'a second writing of the kind is not the first one named again',
      'Pay row\n\nRents are climbing, a new survey says. A second survey, by Tom Reed, found wages fell.',
      ['unresolved'],
    ],
    [
      'another writing of the kind is not the first one named again',
      'Pay row\n\nRents are climbing, a new survey says. Another survey, by Tom Reed, found wages fell.',
      ['unresolved'],
    ],
    [
      'the maker named before the noun, with a name after it in the source',
      'Pay row\n\nThe Vale Trust report on Tom Reed says pay has stalled.',
      ['organization:vale-trust'],
    ],
    [
      'a writing brought in by "a" is not the one whose maker was named before',
      'Pay row\n\nThe Vale Trust report came out on Monday. A report by analysts at Pellmark says pay has stalled.',
      ['anonymous'],
    ],
    [
      'the maker named before the noun, then a person who speaks, then the writing again',
      'Pay row\n\nPay has stalled, a Vale Trust survey says. "I agree," Tom Reed said. The survey found rents rose.',
      ['organization:vale-trust', 'person:tom-reed', 'organization:vale-trust'],
    ],
    [
      'a writing met with no author, named by a passive of making two mentions on',
      'Pay row\n\nPay has stalled, a new study says. The study also says rents rose. The study of night shifts at two ports was carried out by the Vale Trust.',
      ['organization:vale-trust', 'organization:vale-trust'],
    ],
    [
      'a writing met with no author after a body spoke, its maker named before the noun at its next mention',
      'Pay row\n\nTom Reed said on Monday that rents rose. Rents are climbing, a new survey says. The Vale Trust survey of 900 tenants says wages fell.',
      ['person:tom-reed', 'organization:vale-trust', 'organization:vale-trust'],
    ],
    [
      'a later passive that is not of making names no author',
      'Pay row\n\nRents are climbing, a new survey says. The survey was funded by the Vale Trust.',
      ['unresolved'],
    ],
    [
      'a maker in what a later mention found is not the author',
      'Pay row\n\nRents are climbing, a new survey says. The survey found that the figures in the last two reports were compiled by Tom Reed.',
      ['unresolved', 'unresolved'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('a writing met before with a described owner', () => {
  /** The speakers found for a text that names the Vale Trust and Pellmark. */
  const speakersOfBodies = (text: string) =>
    speakersOf(text, [
      actor(text, 'organization:vale-trust', ['Vale Trust']),
      actor(text, 'organization:pellmark', ['Pellmark']),
    ])
  it.each([
    [
      'speaks for that owner, not for the maker of an older writing of the kind',
      "Pay row\n\nA Pellmark survey came out in May. The Vale Trust warned on rents. The trust's annual survey said rents rose. Costs climbed, the survey of 900 tenants found.",
      ['organization:vale-trust', 'organization:vale-trust', 'organization:vale-trust'],
    ],
    [
      'an owner named, not described, is read as before',
      "Pay row\n\nA Pellmark survey came out in May. The Vale Trust warned on rents. Pellmark's annual survey said rents rose. Costs climbed, the survey of 900 tenants found.",
      ['organization:vale-trust', 'organization:pellmark', 'organization:pellmark'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOfBodies(text)).toEqual(expected)
  })
})
