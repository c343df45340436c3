import { describe, expect, it } from 'vitest'
import { givenNameGender } from './given-names.ts'

describe('givenNameGender', () => {
  it.each([
    ['Margaret', 'female'],
    ['SUSAN', 'female'],
    ['peter', 'male'],
    ['Gordon', 'male'],
    ['Chris', undefined],
    ['Jean', undefined],
    ['Lee', undefined],
    ['Kelly', undefined],
    ['Nicola', undefined],
    ['Xylophone', undefined],
    ['', undefined],
  ])('%s → %s', (name, gender) => {
    expect(givenNameGender(name)).toBe(gender)
  })
})
