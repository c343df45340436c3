import { describe, expect, it } from 'vitest'
import seed from '../../../../seeds/000_b304420120629e83.txt?raw'
import { analyze } from '../analyze.ts'
import type { Analysis } from '../schemas/analysis.ts'
import { sampleAnalysis } from './analysis.fixture.ts'
import { countCodePoints, formatWebAnnotations, toWebAnnotations } from './web-annotation.ts'

// Anchors a selector pair the way an annotation tool would: by quote and context, then checks the position.
function reanchor(text: string, analysis: Analysis) {
  const page = toWebAnnotations(analysis)
  const points = [...text]
  return page.items.map((annotation) => {
    const [quote, position] = annotation.target.selector
    const at = text.indexOf(quote.prefix + quote.exact + quote.suffix)
    const start = at + quote.prefix.length
    return {
      byQuote: text.slice(start, start + quote.exact.length),
      byPosition: points.slice(position.start, position.end).join(''),
      positionOfQuote: [...text.slice(0, start)].length,
      position,
      exact: quote.exact,
    }
  })
}

describe('toWebAnnotations', () => {
  it('gives one W3C annotation per statement, targeting the article', () => {
    const page = toWebAnnotations(sampleAnalysis)
    expect(page['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(page.type).toBe('AnnotationPage')
    expect(page.items).toHaveLength(3)
    expect(page.items[0]).toMatchObject({
      id: 'urn:whosaid:statement:s_0000000000000001',
      type: 'Annotation',
      target: {
        source: 'urn:whosaid:article:a_00000000000000aa',
        scope: 'https://news.example.com/2024/levies',
      },
    })
    expect(page.items[0]?.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: 'Statement by Jane Doe: direct, cue "said"',
        format: 'text/plain',
      },
      { type: 'SpecificResource', purpose: 'identifying', source: 'urn:whosaid:actor:person:jane-doe' },
      { type: 'TextualBody', purpose: 'tagging', value: 'oppose France', format: 'text/plain' },
    ])
    expect(page.items[2]?.body).toHaveLength(1)
  })

  it('re-anchors every selector in the text, by quote and by code point position', () => {
    for (const anchor of reanchor(sampleAnalysis.article.text, sampleAnalysis)) {
      expect(anchor.byQuote).toBe(anchor.exact)
      expect(anchor.byPosition).toBe(anchor.exact)
      expect(anchor.positionOfQuote).toBe(anchor.position.start)
    }
  })

  it('counts positions in code points: the astral character before the statements shifts them by one', () => {
    const [first] = toWebAnnotations(sampleAnalysis).items
    const content = sampleAnalysis.statements[0]?.content
    expect(first?.target.selector[1].start).toBe((content?.start ?? 0) - 1)
  })

  it.each([
    [0, 4],
    [8, 8],
    [32, 32],
  ])('keeps at most %i units of context on each side', (context, expected) => {
    const [quote] = toWebAnnotations(sampleAnalysis, { context }).items[1]?.target.selector ?? []
    expect(quote?.prefix.length).toBeLessThanOrEqual(expected)
    expect(quote?.suffix.length).toBeLessThanOrEqual(expected)
  })

  it('never splits a surrogate pair in the context', () => {
    const text = '🚀🚀🚀 Ann said so.'
    const analysis: Analysis = {
      ...sampleAnalysis,
      article: { ...sampleAnalysis.article, text, body: { start: 0, end: text.length }, paragraphs: [] },
      statements: [
        {
          ...(sampleAnalysis.statements[1] as Analysis['statements'][number]),
          content: { start: 7, end: 15 },
        },
      ],
    }
    const [quote, position] = toWebAnnotations(analysis, { context: 3 }).items[0]?.target.selector ?? []
    expect(quote).toMatchObject({ exact: 'Ann said', prefix: '🚀 ', suffix: ' so' })
    expect(position).toMatchObject({ start: 4, end: 12 })
  })

  it('anchors the seed', () => {
    const analysis = analyze(seed)
    const page = JSON.parse(formatWebAnnotations(analysis)) as ReturnType<typeof toWebAnnotations>
    expect(page.items).toHaveLength(analysis.statements.length)
    for (const anchor of reanchor(seed, analysis)) {
      expect(anchor.byQuote).toBe(anchor.exact)
      expect(anchor.byPosition).toBe(anchor.exact)
    }
  })
})

describe('countCodePoints', () => {
  it.each([
    ['abc', [0, 2, 3], [0, 2, 3]],
    ['a🚀b', [1, 3, 4], [1, 2, 3]],
    ['🚀🚀', [4, 0, 2], [2, 0, 1]],
    ['\uDC00x', [1, 2], [1, 2]],
  ])('%j at %j → %j', (text, offsets, expected) => {
    const counts = countCodePoints(text, offsets)
    expect(offsets.map((offset) => counts.get(offset))).toEqual(expected)
  })
})
