import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { actorsIn } from './actors-in.fixture.ts'
import { extractActors } from './index.ts'

describe('no festival or greeting is an actor', () => {
  it.each([
    ['We have seen these hoaxes for several Christmases already, said Ann Vale.', ['person:Ann Vale']],
    ['Shops in Orlin closed for Easter and Ramadan.', ['location:Orlin']],
    ['The message reads: Happy Holidays and this too is translated.', []],
    ['Ann Vale wished everyone a Merry Christmas.', ['person:Ann Vale']],
    // A person's or a place's name that ends in one stays.
    ['Tariq Ramadan said he would speak.', ['person:Tariq Ramadan']],
    ['Rain fell on Christmas Island.', ['location:Christmas Island']],
  ])('%s', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  // The word alone, where the article names a person with it, is that person's surname and names them.
  it.each([
    ['Omar Easter spoke on Monday. Easter said the plan was unfair.', ['Omar Easter', 'Easter']],
    ['Tom Lent came late. Lent said the vote was close.', ['Tom Lent', 'Lent']],
    // A preposition dates the feast: no surname.
    ['Omar Easter said it was fine. Shops shut for Easter.', ['Omar Easter']],
  ])('%s', (text, names) => {
    const person = extractActors(parseArticle(text)).find((actor) => actor.kind === 'person')
    expect(person?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(names)
  })
})
