import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string) =>
  extractActors(parseArticle(text)).map((actor) => `${actor.kind}:${actor.name}`)

describe('two names after a preposition of place, joined by "and"', () => {
  it.each([
    ['Voters in Velmar and Orlin backed it.', ['location:Velmar', 'location:Orlin']],
    ['Voters in Kingston and Chelsea backed it.', ['location:Kingston', 'location:Chelsea']],
    // After a verb, "and" may join two clauses.
    ['The summit was held in Velmar and Pardew hosted the leaders.', ['location:Velmar', 'person:Pardew']],
    // A possessive or a verb of saying after the second name makes it a person's.
    [
      "Talks in Velmar and Pardew's plans worried Ann Kerr.",
      ['location:Velmar', 'person:Pardew', 'person:Ann Kerr'],
    ],
  ])('%j → %j', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors)
  })
})
