import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { hashString } from './feature-hash.ts'

describe('buildContext', () => {
  it.each([['"Yes," he said.'], ['He said it was over. Markets fell.'], ['Mr Clarke said: "We will not."']])(
    '%j: one entry per token in every list',
    (text) => {
      const parsed = parseArticle(text)
      const context = buildContext(parsed)
      const n = parsed.tokens.length
      parsed.tokens.forEach((token, t) => {
        expect(context.lower(t)).toBe(token.text.toLowerCase())
        // Each hash read through the word's form is the hash of that token's own text.
        expect(context.wordHash(t)).toBe(hashString(token.text.toLowerCase()))
        expect(context.stemHash(t)).toBe(hashString(context.stem(t) as string))
        expect(context.shapeHash(t)).toBe(hashString(context.shape(t) as string))
        expect(context.posHash(t)).toBe(hashString(context.pos(t) as string))
      })
      expect(context.wordHash(n)).toBeUndefined()
      expect(context.stem(n)).toBeUndefined()
      expect(context.shape(-1)).toBeUndefined()
      expect(context.pos(n)).toBeUndefined()
      expect(context.lower(n)).toBeUndefined()
      expect(context.posHash(n)).toBeUndefined()
    },
  )

  it.each([
    // [text, token, a text where that word stands the same way]
    ['He said it was over. Markets fell.', 6, 'Markets fell.', 0],
    ['He said "Markets fell."', 3, 'Markets fell.', 0],
    ['Then markets fell.', 1, 'Funds and markets fell.', 2],
  ])('%j: token %i gets the part of speech guessed for where it stands', (text, t, other, u) => {
    const a = buildContext(parseArticle(text))
    const b = buildContext(parseArticle(other))
    expect(a.pos(t)).toBe(b.pos(u))
    expect(a.posHash(t)).toBe(b.posHash(u))
  })
})
