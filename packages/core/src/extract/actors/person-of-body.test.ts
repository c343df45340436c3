import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const actorsOf = (text: string) =>
  extractActors(parseArticle(text)).map((actor) => `${actor.kind}:${actor.name}`)

describe('a person of a body is a person and a body', () => {
  it.each([
    [
      'According to Peter Vantongeren of Orlin Trade Magazine, the law will help.',
      ['person:Peter Vantongeren', 'organization:Orlin Trade Magazine'],
    ],
    [
      'According to Andreas Moretti of Latin Trade Magazine, the law will help.',
      ['person:Andreas Moretti', 'organization:Latin Trade Magazine'],
    ],
    [
      'Mr Vantongeren of Orlin Trade Magazine said so.',
      ['person:Vantongeren', 'organization:Orlin Trade Magazine'],
    ],
    [
      'Ashok Moretti of Operation Fair Vote said it was wrong. Mr Moretti added more.',
      ['person:Ashok Moretti', 'organization:Operation Fair Vote'],
    ],
  ])('%j → %j', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors)
  })

  it.each([
    [
      'The Bank of England and the University of Leeds said so.',
      ['organization:Bank of England', 'organization:University of Leeds'],
    ],
    ['Staff at the Velmar Bank of Orlin said so.', ['organization:Velmar Bank of Orlin']],
    ['Goldman Velmar of Orlin said no.', ['organization:Goldman Velmar of Orlin']],
  ])('a body named "X of Y" stays whole: %j', (text, actors) => {
    expect(actorsOf(text)).toEqual(actors)
  })
})
