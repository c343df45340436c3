import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { polarityScores, polarityToward } from './polarity-toward.ts'

/** The polarity toward the first occurrence of `target` in `sentence`. */
function toward(sentence: string, target: string) {
  const start = sentence.indexOf(target)
  return polarityToward(sentence, { start, end: start + target.length })
}

/** Positive minus negative score toward the first occurrence of `target`. */
function lean(sentence: string, target: string): number {
  const start = sentence.indexOf(target)
  const scores = polarityScores(sentence, { start, end: start + target.length })
  return (scores?.[2] ?? 0) - (scores?.[0] ?? 0)
}

describe('polarityToward', () => {
  it.each([
    ['Critics slammed Smith for lying to investigators about the payments.', 'Smith', 'negative'],
    ['Prosecutors accused Jones of fraud and corruption.', 'Jones', 'negative'],
    ['Supporters praised Garcia as a brave and honest leader.', 'Garcia', 'positive'],
    ['Lee won praise for her calm and effective handling of the crisis.', 'Lee', 'positive'],
    ['Brown met the mayor on Tuesday to discuss the budget.', 'Brown', 'neutral'],
  ])('%s → %s: %s', (sentence, target, polarity) => {
    expect(toward(sentence, target)).toBe(polarity)
  })

  it.each([
    ['Voters praised Garcia and blasted Jones for the corruption scandal.', 'Garcia', 'Jones'],
    ['Jones attacked Garcia, who has won praise for her leadership.', 'Garcia', 'Jones'],
    ['Garcia was hailed as a hero, while Jones was arrested for fraud.', 'Garcia', 'Jones'],
  ])('leans more positive toward the praised target than the other: %s', (sentence, praised, other) => {
    expect(lean(sentence, praised)).toBeGreaterThan(lean(sentence, other))
    expect(toward(sentence, other)).toBe('negative')
  })

  it('is neutral toward a target outside the sentence or covering no word', () => {
    expect(polarityToward('Critics slammed Smith.', { start: 40, end: 45 })).toBe('neutral')
    expect(polarityToward('Critics slammed Smith.', { start: 7, end: 7 })).toBe('neutral')
    expect(polarityScores('Critics slammed Smith.', { start: 21, end: 22 })).toBeNull()
  })

  it('never throws and is deterministic on any text and span', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(220), fc.nat(40), (sentence, start, length) => {
        const span = { start, end: start + length }
        const first = polarityToward(sentence, span)
        expect(['negative', 'neutral', 'positive']).toContain(first)
        expect(polarityToward(sentence, span)).toBe(first)
      }),
    )
  })
})
