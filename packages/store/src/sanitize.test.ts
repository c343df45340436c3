import { describe, expect, it } from 'vitest'
import { makeAnalysis, RUSSIA } from '../test/fixtures.ts'
import { spanOutside, spanOutsideSteps, storable, storableSteps } from './sanitize.ts'
import { runSteps, type Steps } from './steps.ts'

/** How many times some steps yield before they end. */
function yieldsOf(steps: Steps<unknown>): number {
  let yields = 0
  for (let next = steps.next(); !next.done; next = steps.next()) yields++
  return yields
}

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

  it('looks through an article of many paragraphs in steps, and finds a NUL after them', () => {
    const analysis = makeAnalysis('Title\n\nBody text.')
    const many = {
      ...analysis,
      article: {
        ...analysis.article,
        paragraphs: Array.from({ length: 1_000 }, () => ({ start: 7, end: 17 })),
      },
      relations: [
        { source: 'person:x', target: 'person:y', polarity: 'negative', count: 1, statements: ['s\u0000'] },
      ],
    } as never
    expect(yieldsOf(storableSteps(many))).toBe(4)
    expect(JSON.stringify(runSteps(storableSteps(many)))).not.toContain('\\u0000')
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

  it('goes through many spans in steps, with the path of the first outside', () => {
    const paragraphs = Array.from({ length: 1_000 }, () => ({ start: 0, end: 6 }))
    paragraphs.push({ start: 0, end: 99 })
    const many = { ...analysis, article: { ...analysis.article, paragraphs } } as never
    expect(yieldsOf(spanOutsideSteps(many))).toBe(4)
    expect(spanOutside(many)).toBe('article.paragraphs[1000]')
  })
})
