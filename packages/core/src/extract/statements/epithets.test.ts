import { describe, expect, it } from 'vitest'
import { descriptionCase, epithetAge, isPersonEpithet } from './epithets.ts'

describe('epithets for a person', () => {
  it.each([
    ['23-year-old', true],
    ['5-year-old', true],
    ['comedian', true],
    ['Full-Back', true],
    ['minister', false],
    ['man', false],
    ['year-old', false],
    ['1234-year-old', false],
    ['ex-Wallaby', true],
    ['ex-captain', true],
    ['Ex-Tory', true],
    ['ex-wife', false],
    ['ex-President', false],
    ['Ex-Minister', false],
    ['ex-Captain', true],
    ['ex-', false],
  ])('%s: %s', (word, expected) => {
    expect(isPersonEpithet(word)).toBe(expected)
  })

  it.each([
    [['74-year-old', 'comedian'], '74'],
    [['sale', 'full-back'], undefined],
    [['two', 'ronnies', 'star'], undefined],
  ])('the age of %j is %s', (words, expected) => {
    expect(epithetAge(words)).toBe(expected)
  })

  it.each([
    ["Club's ex-Wallaby", "club's ex-Wallaby"],
    ['Former Ex-wife', 'former ex-wife'],
    ['The Ex-Tory', 'the Ex-Tory'],
  ])('%s is written %s', (text, expected) => {
    expect(descriptionCase(text)).toBe(expected)
  })
})
