import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textWordsSteps, writesLower, writesLowerIn } from './identity-names.ts'
import { runSteps } from './steps.ts'

const CASES = [
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
  // A mark or a sign outside the letters ends a word; a letter outside the basic plane is one letter.
  ['a cafe\u0301 owner', 'cafe', true],
  ['\u{1D41A}crooked', 'crooked', false],
  ['crooked\u{1F600} deal', 'crooked', true],
  ['crooked42', 'crooked', false],
  ['the 42 crooks', '42', true],
] as const

describe('writesLower', () => {
  it.each(CASES)('%s / %s', (text, word, expected) => {
    expect(writesLower(text, word)).toBe(expected)
  })

  // No duration is compared (the suite's time limit catches a pattern that backtracks; a busy machine must not fail it).
  it('answers on a long text without the word', () => {
    const text = `${'crookedx '.repeat(50_000)}Crooked`
    expect(writesLower(text, 'crooked')).toBe(false)
  })
})

describe("writesLowerIn (the text's words read once, in steps)", () => {
  it.each(CASES)('%s / %s', (text, word, expected) => {
    expect(writesLowerIn(runSteps(textWordsSteps(text)), word)).toBe(expected)
  })

  it('answers as writesLower does on any text and word', () => {
    const letters = fc.constantFrom('a', 'b', 'B', 'é', '1', ' ', '.', '-', '\u0301', '\u{1D41A}', 'ß', '中')
    const text = fc.array(letters, { maxLength: 30 }).map((chars) => chars.join(''))
    const word = fc.array(letters, { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''))
    fc.assert(
      fc.property(text, word, (text, word) => {
        expect(writesLowerIn(runSteps(textWordsSteps(text)), word)).toBe(writesLower(text, word))
      }),
    )
  })

  it('reads a long text in steps, yielding between them', () => {
    const steps = textWordsSteps('a crooked deal '.repeat(10_000))
    let yields = 0
    let next = steps.next()
    for (; !next.done; next = steps.next()) yields++
    expect(yields).toBeGreaterThan(1)
    expect([...next.value].sort()).toEqual(['a', 'crooked', 'deal'])
  })
})
