import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'
import { isCalling } from './occupations.ts'

const personIn = (text: string, name: string) =>
  extractActors(parseArticle(text)).find((actor) => actor.kind === 'person' && actor.name === name)

describe('a calling before a name is the role', () => {
  it.each([
    ['The court heard that guitarist Bo Reed had left.', 'Bo Reed', 'guitarist', undefined],
    ['Fans cheered as comedian Ann Rusk took the stage.', 'Ann Rusk', 'comedian', undefined],
    ['Then Rusk Kings guitarist Tom Reed quit the tour.', 'Tom Reed', 'guitarist', 'organization:rusk-kings'],
    ['At the gig Rusk Kings lead singer Pia Dunne fell.', 'Pia Dunne', 'singer', 'organization:rusk-kings'],
    // A title roles.ts reads stays the role.
    ['Labour minister Ann Rusk, an actress, spoke.', 'Ann Rusk', 'minister', 'organization:labour-party'],
  ])('%s', (text, name, role, affiliation) => {
    const person = personIn(text, name)
    expect(person?.role).toBe(role)
    expect(person?.affiliation).toBe(affiliation)
  })

  it.each([
    ['The town will host Tom Hale in the spring.'],
    ['The studio hired her to direct Tom Hale in the sequel.'],
  ])('a calling after a modal or "to" is a verb: %s', (text) => {
    const person = personIn(text, 'Tom Hale')
    expect(person).toBeDefined()
    expect(person?.role).toBeUndefined()
  })
})

describe('a calling in any case, singular or plural', () => {
  it.each([
    ['Rapper', true],
    ['comedians', true],
    ['Guitarist', true],
    ['Minister', false],
    ['Rapport', false],
  ])('%s: %s', (word, calling) => {
    expect(isCalling(word)).toBe(calling)
  })
})
