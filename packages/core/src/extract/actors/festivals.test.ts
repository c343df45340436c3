import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

/** Every actor of a text as "kind:name". */
const actorsIn = (text: string) =>
  extractActors(parseArticle(text)).map((actor) => `${actor.kind}:${actor.name}`)

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
})
