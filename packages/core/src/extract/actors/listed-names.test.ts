import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe('the names of one list are one kind', () => {
  it.each([
    // Most are bodies: a name taken for a place is a body.
    ['Phones made by Vellcor, Motorola, BenQ, Arima and Fujitsu are safe.', 'organization:BenQ'],
    // A lone surname among bodies is a body's name.
    ['Vellcor Motors, Quorvex Systems and Lear have been working on it.', 'organization:Lear'],
    // Most are places: a name taken for a person or a body is a place.
    ['Rain fell on Sao Paolo, Rio de Janeiro, Belo Horizonte and Recife.', 'location:Belo Horizonte'],
    [
      'It is measured in six cities (Sao Paolo, Rio de Janeiro, Belo Horizonte, Recife, Salvador and Porto Alegre).',
      'location:Porto Alegre',
    ],
    // Most are people, in a list or a line-up of commas (an aside in brackets in it): a lone word is a person.
    ['He thanked Tom Vale, Ann Pell, Gary Dorn and Makelo.', 'person:Makelo'],
    ['The side: Tom Vale, Ann Pell, Dorvik, Gary Dorn, Ian Marsh, Quillon, Sam Reed.', 'person:Quillon'],
    ['The side: Tom Vale, Ann Pell (Dorvik 76), Gary Dorn, Ian Marsh, Quillon.', 'person:Quillon'],
    // Among three places or more, a lone word the article names nowhere else is one more place.
    ['Ann Vale visits Derby, Leeds, Hull, Bristol and Pellbay.', 'location:Pellbay'],
  ])('%s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })

  it.each([
    // A body's head keeps a body among places.
    ['Sales grew at Vellcor, Quorvex and Tessaly Bank.', 'organization:Tessaly Bank'],
    // A given name keeps a person; a list of people is left alone.
    ['Ann Vale, Tom Pell and Orlin Bank agreed.', 'person:Tom Pell'],
    ['Talks in Paris, Berlin and Ann Vale’s office went on.', 'person:Ann Vale'],
    // A country keeps its kind among bodies.
    ['Vellcor, Microsoft, Nokia and China signed.', 'country:China'],
    // A lone surname among places stays a person.
    ['Talks between Washington, Paris and Chirac broke down, Ann Vale said.', 'person:Chirac'],
    // … and among more, where the article names the surname again.
    ['Talks between Washington, Paris, Bonn and Chirac broke down. Mr Chirac left.', 'person:Chirac'],
  ])('%s keeps %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
