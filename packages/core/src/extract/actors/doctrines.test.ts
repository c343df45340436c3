import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string) => extractActors(parseArticle(text)).map((a) => `${a.kind}:${a.name}`)

describe('a doctrine is no actor', () => {
  it.each([
    ['Thatcherism changed the Tory party for ever, Ann Vale said.', 'Thatcherism'],
    ['Ann Vale said Vellorism had failed the workers of Tarrow.', 'Vellorism'],
    ['Critics of Marxism met in Tarrow, where Ann Vale spoke.', 'Marxism'],
  ])('%s: no actor %s', (text, name) => {
    expect(actorsOf(text).filter((actor) => actor.endsWith(`:${name}`))).toEqual([])
  })

  it.each([
    ['Ann Vale met Tom Prism in Tarrow.', 'person:Tom Prism'],
    ['Ann Vale flew to Tarrow on Tuesday.', 'person:Ann Vale'],
  ])('%s: keeps %s', (text, actor) => {
    expect(actorsOf(text)).toContain(actor)
  })
})
