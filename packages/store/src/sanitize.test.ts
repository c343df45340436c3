import { describe, expect, it } from 'vitest'
import { makeAnalysis, RUSSIA } from '../test/fixtures.ts'
import { spanOutside, storable } from './sanitize.ts'

describe('storable', () => {
  it('returns the same object when there is no NUL', () => {
    const analysis = makeAnalysis('A plain line with a \\u0000 written out.')
    expect(storable(analysis)).toBe(analysis)
  })

  it('replaces NUL everywhere, keeping lengths and the id', () => {
    const analysis = makeAnalysis('Title\u0000\n\nBody \u0000 text.')
    const clean = storable(analysis)
    expect(clean.article.text).toBe('Title\uFFFD\n\nBody \uFFFD text.')
    expect(clean.article.id).toBe(analysis.article.id)
    expect(JSON.stringify(clean)).not.toContain('\\u0000')
  })
})

describe('spanOutside', () => {
  const analysis = makeAnalysis('Russia spoke.', { actors: [RUSSIA] })
  it.each([
    { name: 'all inside', change: {}, expected: null },
    {
      name: 'a mention',
      change: { actors: [{ ...analysis.actors[0], mentions: [{ start: 0, end: 14 }] }] },
      expected: 'actors[0].mentions[0]',
    },
    {
      name: 'a paragraph',
      change: { article: { ...analysis.article, paragraphs: [{ start: 20, end: 30 }] } },
      expected: 'article.paragraphs[0]',
    },
  ])('$name', ({ change, expected }) => {
    expect(spanOutside({ ...analysis, ...change } as never)).toBe(expected)
  })
})
