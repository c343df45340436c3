import { describe, expect, it } from 'vitest'
import { isPluralBodyPhrase } from './plural-bodies.ts'

describe('isPluralBodyPhrase', () => {
  // [words, a plural noun for bodies]
  const cases: Array<[string, boolean]> = [
    ['the companies', true],
    ['The two charities', true],
    ['both unions', true],
    ['all three firms', true],
    ['the banks', true],
    ['the company', false],
    ['the ministers', false],
    ['the two men', false],
    ['officials', false],
    ['the rival companies', false],
  ]
  it.each(cases)('%s', (words, expected) => {
    expect(isPluralBodyPhrase(words)).toBe(expected)
  })

  // No duration is compared (a backtracking pattern here runs for hours and fails by the suite's time limit).
  it('reads a long run of letters', () => {
    expect(isPluralBodyPhrase(`the ${'a'.repeat(500_000)}`)).toBe(false)
    expect(isPluralBodyPhrase(`the two ${'a'.repeat(500_000)}s`)).toBe(false)
  })
})
