import { describe, expect, it } from 'vitest'
import valenceData from '../../data/polarity/valence.json' with { type: 'json' }
import { loadValence, type StoredValence, valenceOf } from './valence.ts'

const valence = loadValence(valenceData as StoredValence)

describe('valenceOf (VADER and AFINN-165)', () => {
  it.each([
    ['praise', 1],
    ['brave', 1],
    ['honest', 1],
    ['corruption', -1],
    ['killed', -1],
    ['fraud', -1],
    ['tuesday', 0],
    ['budget', 0],
  ])('%s leans %i', (word, sign) => {
    expect(Math.sign(valenceOf(valence, word))).toBe(sign)
  })

  it('keeps scores on VADER’s −4…4 scale', () => {
    for (const score of valence.scores.values()) expect(Math.abs(score)).toBeLessThanOrEqual(4)
  })

  it('reads a stored lexicon in tenths', () => {
    const small = loadValence({ words: 'good bad', scores: [19, -25] })
    expect(valenceOf(small, 'good')).toBe(1.9)
    expect(valenceOf(small, 'bad')).toBe(-2.5)
    expect(valenceOf(small, 'ugly')).toBe(0)
  })
})
