import { describe, expect, it } from 'vitest'
import { writesLower } from './identity-names.ts'

describe('writesLower', () => {
  it.each([
    ['a crooked deal, the clerk said', 'crooked', true],
    ['Crooked Wanda is back', 'crooked', false],
    ['the crookedest deal', 'crooked', false],
    ['uncrooked', 'crooked', false],
    ['they would indict her', 'indict', true],
    ['Jeb Bush spoke', 'jeb', false],
    ['a bill passed', 'bill', true],
    ['crooked', 'crooked', true],
    ['élan vital', 'élan', true],
    // Only a lower-case word of letters and digits is looked for: anything else is no ordinary word.
    ['a.b', 'a.b', false],
    ['Crooked', 'Crooked', false],
  ] as const)('%s / %s', (text, word, expected) => {
    expect(writesLower(text, word)).toBe(expected)
  })

  it('answers at once on a long text without the word', () => {
    const text = `${'crookedx '.repeat(50_000)}Crooked`
    const start = performance.now()
    expect(writesLower(text, 'crooked')).toBe(false)
    expect(performance.now() - start).toBeLessThan(1000)
  })
})
