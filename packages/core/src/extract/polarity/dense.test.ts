import { describe, expect, it } from 'vitest'
import valenceData from '../../data/polarity/valence.json' with { type: 'json' }
import vectorData from '../../data/polarity/word-vectors.json' with { type: 'json' }
import { denseFeatures, denseSize } from './dense.ts'
import { shippedPolarityModel } from './model.ts'
import { readSentence } from './sentence.ts'
import { readTargetContext } from './target-context.ts'
import { loadValence, type StoredValence } from './valence.ts'
import { loadWordVectors, type StoredWordVectors } from './word-vectors.ts'

const vectors = loadWordVectors(vectorData as StoredWordVectors)
const valence = loadValence(valenceData as StoredValence)
const { lexicon } = shippedPolarityModel()

/** The outside valence of the target's clause (negation flipped) in `sentence`. */
function clauseValence(sentence: string, target: string): number {
  const start = sentence.indexOf(target)
  const read = readSentence(sentence, { start, end: start + target.length })
  const dense = denseFeatures(read, readTargetContext(read), vectors, valence, lexicon)
  expect(dense.length).toBe(denseSize(vectors.dims))
  return dense[9 * vectors.dims + 2] as number
}

describe('denseFeatures', () => {
  it.each([
    ['Voters praised Garcia as brave and honest.', 'Garcia', 1],
    ['Prosecutors accused Jones of fraud.', 'Jones', -1],
    ['Jones is not honest.', 'Jones', -1],
    ['Brown met the mayor on Tuesday.', 'Brown', 0],
  ])('%s: the valence around %s leans %i', (sentence, target, sign) => {
    expect(Math.sign(clauseValence(sentence, target))).toBe(sign)
  })

  it('counts only the target’s clause', () => {
    expect(clauseValence('Garcia arrived, and the crowd hated the rain.', 'Garcia')).toBe(0)
  })

  it('averages the target’s own words into their group', () => {
    const sentence = 'Critics slammed Trump.'
    const read = readSentence(sentence, { start: 16, end: 21 })
    const dense = denseFeatures(read, readTargetContext(read), vectors, valence, lexicon)
    const trump = new Float64Array(vectors.dims)
    vectors.values
      .subarray(
        (vectors.rows.get('trump') as number) * vectors.dims,
        ((vectors.rows.get('trump') as number) + 1) * vectors.dims,
      )
      .forEach((value, d) => {
        trump[d] = value
      })
    expect(dense[7 * vectors.dims]).toBeCloseTo(trump[0] as number)
  })
})
