import { describe, expect, it } from 'vitest'
import { actor, speakersOf } from './speaker-actors.fixture.ts'

const VEXCO = 'organization:vexco'
const US = 'country:united-states'
const UK = 'country:united-kingdom'

describe('a country that only qualifies the noun of a source is not who spoke', () => {
  it.each([
    [
      'a possessive country before a business noun: the business in view',
      "Vexco sold more homes. The UK's biggest lender said prices would rise.",
      (text: string) => [actor(text, VEXCO, ['Vexco']), actor(text, UK, ['UK'])],
      [VEXCO],
    ],
    [
      'a business noun with an appositive after it: the business in view',
      "Vexco will shut two plants. The Swedish firm, the world's largest maker of fridges, said costs were high.",
      (text: string) => [
        actor(text, VEXCO, ['Vexco']),
        actor(text, 'country:sweden', [], [['Swedish', 'demonym']]),
      ],
      [VEXCO],
    ],
    [
      'a report the country qualifies, with a participle after it',
      'Jobs were lost in May. A US report issued on Monday said the losses would go on.',
      (text: string) => [actor(text, US, ['US'])],
      ['unresolved'],
    ],
    [
      "a country's court",
      "Rents rose in May. Britain's highest court said the rise was unlawful.",
      (text: string) => [actor(text, UK, ['Britain'])],
      ['unresolved'],
    ],
    [
      'a country inside the phrase of another noun',
      "Creditors of Korea's top card firm said they would wait.",
      (text: string) => [actor(text, 'country:south-korea', ['Korea'])],
      ['unresolved'],
    ],
    [
      'a business noun with no business in view',
      'Rents rose in May. The UK lender said the rise would go on.',
      (text: string) => [actor(text, UK, ['UK'])],
      ['unresolved'],
    ],
    [
      "the state's own noun after a preposition keeps the country",
      'The government of India said the talks would go on.',
      (text: string) => [actor(text, 'country:india', ['India'])],
      ['country:india'],
    ],
    [
      "the state's own noun keeps the country",
      'Rents rose in May. The UK government said the rise would go on.',
      (text: string) => [actor(text, UK, ['UK'])],
      [UK],
    ],
    [
      'a country that ends its phrase speaks',
      'Rents rose in May. The US said the rise would go on.',
      (text: string) => [actor(text, US, ['US'])],
      [US],
    ],
  ])('%s', (_case, text, actors, expected) => {
    expect(speakersOf(text, actors(text))).toEqual(expected)
  })
})
