import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { actorsIn } from './actors-in.fixture.ts'
import { extractActors } from './index.ts'

/** Each actor as "id: its mentions' texts", for the short forms that must join their names. */
const joined = (text: string) =>
  extractActors(parseArticle(text)).map(
    (actor) => `${actor.id}: ${actor.mentions.map((m) => text.slice(m.start, m.end)).join(' | ')}`,
  )

describe('a short form an article gives a body’s name is that body', () => {
  it.each([
    // A word whose letters are the capitalized words' initials: no person.
    [
      'The Federation of Rural Bus Operators (Frbo) wants new routes. Frbo said fares would rise.',
      'organization:federation-of-rural-bus-operators: Federation of Rural Bus Operators | Frbo | Frbo',
    ],
    // Capitals that spell another language's name, and "the" before the later use: one actor, not two.
    [
      'The National Weather Bureau (ONM) said rain would fall. The ONM also said winds would ease.',
      'organization:national-weather-bureau: National Weather Bureau | ONM | ONM',
    ],
    // A word spelling the initials of a name of three capitalized words, with no brackets.
    [
      'The Federation of Rural Bus Operators met on Monday. Frbo says fares will rise.',
      'organization:federation-of-rural-bus-operators: Federation of Rural Bus Operators | Frbo',
    ],
    // The first partner's name of a firm, standing alone: the firm, not a person.
    [
      'A clerk at the broker Harlow & Benning was charged. "We regret it," Harlow said. The Harlow clerk left.',
      'organization:harlow-benning: Harlow & Benning | Harlow | Harlow',
    ],
    // Capitals that spell the initials keep joining as before.
    [
      'The Union of Harbour Pilots (UHP) met on Monday. The UHP said it would strike.',
      'organization:union-of-harbour-pilots: The Union of Harbour Pilots | UHP | UHP',
    ],
  ])('%j', (text, actor) => {
    expect(joined(text)).toContain(actor)
  })

  it.each([
    // A word that spells no initials is a name of its own.
    ['The Orlin Group (Vexco) grew. Vexco said it would hire.', 'organization:Vexco'],
    // Capitals holding the name's initials and more name a longer body than the one found.
    ['The Tarrow Rugby Union (STRU) met. The STRU said no.', 'organization:STRU'],
    // A country in brackets stays the country.
    ['The Tarrow Rowing Club (UK) met. In the UK rowing grows.', 'country:United Kingdom'],
    // A given name that spells the initials is still the person.
    ['The Tarrow Orlin Museum opened. Tom said he liked it.', 'person:Tom'],
    ['The Tarrow Orlin Museum opened. Tom Vale said Tom had no cash.', 'person:Tom Vale'],
    // A partner's name that the article gives a person stays the person's.
    ['Harlow & Benning lost a case. Tom Harlow said he would appeal.', 'person:Tom Harlow'],
    ['Harlow & Benning lost a case. Mr Harlow said he would appeal.', 'person:Harlow'],
    // A word in brackets after a person's name is no body's short form.
    ['Tom Vale (Tarrow) scored twice. Tarrow fans sang.', 'person:Tom Vale'],
  ])('%j keeps %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
