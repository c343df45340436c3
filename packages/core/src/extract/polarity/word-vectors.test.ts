import { describe, expect, it } from 'vitest'
import vectorData from '../../data/polarity/word-vectors.json' with { type: 'json' }
import { addWordVector, loadWordVectors, type StoredWordVectors } from './word-vectors.ts'

const vectors = loadWordVectors(vectorData as StoredWordVectors)

function vector(word: string): Float64Array {
  const out = new Float64Array(vectors.dims)
  expect(addWordVector(vectors, word, 1, out, 0)).toBe(true)
  return out
}

function cosine(a: string, b: string): number {
  const [x, y] = [vector(a), vector(b)]
  let dot = 0
  for (let d = 0; d < x.length; d++) dot += (x[d] as number) * (y[d] as number)
  return dot / (Math.hypot(...x) * Math.hypot(...y))
}

describe('word vectors (GloVe, reduced)', () => {
  it.each([
    ['praised', 'hailed', 'tuesday'],
    ['condemned', 'denounced', 'football'],
    ['killed', 'wounded', 'praised'],
    ['president', 'minister', 'weather'],
  ])('%s is nearer %s than %s', (word, near, far) => {
    expect(cosine(word, near)).toBeGreaterThan(cosine(word, far))
  })

  it('adds a weighted vector at an offset and leaves unknown words out', () => {
    const out = new Float64Array(vectors.dims * 2)
    expect(addWordVector(vectors, 'xqzzyv', 1, out, 0)).toBe(false)
    expect(out.every((value) => value === 0)).toBe(true)
    addWordVector(vectors, 'said', 0.5, out, vectors.dims)
    const said = vector('said')
    expect(out[vectors.dims]).toBeCloseTo((said[0] as number) * 0.5)
    expect(out[0]).toBe(0)
  })

  it('decodes signed 8-bit components times the step', () => {
    const small = loadWordVectors({ words: 'a b', dims: 2, step: 0.5, vectors: 'Af9/gA==' })
    const out = new Float64Array(2)
    addWordVector(small, 'b', 1, out, 0)
    expect([...out]).toEqual([63.5, -64])
  })
})
