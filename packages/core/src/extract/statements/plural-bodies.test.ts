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

  it('is quick on a long run of letters', () => {
    const started = Date.now()
    isPluralBodyPhrase(`the ${'a'.repeat(50_000)}`)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
