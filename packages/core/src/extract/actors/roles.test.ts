import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

/** The actors a text names, as "id kind". */
const actorsIn = (text: string) =>
  extractActors(parseArticle(text)).map((actor) => `${actor.id} ${actor.kind}`)

describe('a title inside a body’s name', () => {
  it.each([
    // The title is a word of the name, and what follows it is a common word or a body's head noun.
    ['The series was made by Vale Queen Productions, the studio said.', 'productions'],
    ['Shares in Tarrow King Holdings rose, the firm said.', 'holdings'],
    ['The prize went to Ostland Prince Records last year.', 'records'],
  ])('%s names no person', (text, word) => {
    expect(actorsIn(text).some((actor) => actor.startsWith(`person:${word}`))).toBe(false)
  })

  it.each([
    // A title before a real name still makes a person of it, inside a longer run or not.
    ['The Vale Party Chairman Ann Tarrow said no.', 'person:ann-tarrow'],
    ['Queen Ostrid opened the bridge on Monday.', 'person:ostrid'],
  ])('%s keeps the titled person', (text, id) => {
    expect(actorsIn(text).some((actor) => actor.startsWith(id))).toBe(true)
  })
})
