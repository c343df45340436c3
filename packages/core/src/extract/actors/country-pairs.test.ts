import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string) => extractActors(parseArticle(text)).map((a) => `${a.kind}:${a.name}`)

describe('a country whose name joins two names with "and" is one country', () => {
  it.each([
    ['The team will play Antigua and Barbuda on June 2, Ann Vale said.', 'country:Antigua and Barbuda'],
    ['Bosnia and Herzegovina joined the talks, Ann Vale said.', 'country:Bosnia and Herzegovina'],
  ])('%s', (text, actor) => {
    const actors = actorsOf(text)
    expect(actors).toContain(actor)
    expect(actors.filter((a) => a.startsWith('location:'))).toEqual([])
  })

  it.each([
    ['France and Germany joined the talks, Ann Vale said.', ['country:France', 'country:Germany']],
    ['Ann Vale flew to Antigua and then to Tarrow.', ['location:Antigua', 'location:Tarrow']],
  ])('%s: two names stay two', (text, actors) => {
    for (const actor of actors) expect(actorsOf(text)).toContain(actor)
  })
})
