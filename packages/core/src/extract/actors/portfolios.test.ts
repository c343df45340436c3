import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe("common nouns joined by 'and' before a title are its portfolio, no body", () => {
  it.each([
    ['Trade and Industry Secretary Ann Pell said no.', ['person:Ann Pell']],
    ['Work and Pensions Secretary Tom Vale said no.', ['person:Tom Vale']],
    ['Education and Skills spokeswoman Ann Pell said no.', ['person:Ann Pell']],
  ])('%s', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it.each([
    // No title after it, no "and", a word that is no common one: a body.
    ['Trade and Industry said no.', 'organization:Trade and Industry'],
    ['Human Rights Watch researcher Ann Pell said no.', 'organization:Human Rights Watch'],
    ['Staff at Vellcor were told, Vellcor and Orlin spokesman Tom Vale said.', 'organization:Vellcor'],
  ])('%s keeps %s', (text, actor) => {
    expect(actorsIn(text)).toContain(actor)
  })
})
