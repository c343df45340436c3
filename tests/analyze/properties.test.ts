import { readFileSync } from 'node:fs'
import { AnalysisSchema, analyze } from '@whosaid/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const seed = readFileSync(new URL('../../seeds/000_b304420120629e83.txt', import.meta.url), 'utf8')

// Text that looks like news often enough to reach the extractors: names, quotes, cues, odd spaces and scripts.
const newsish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Ryabkov',
        'Russia',
        'the United States',
        'said',
        'told reporters',
        'according to',
        'he',
        'it',
      ),
      fc.constantFrom(
        '"',
        '“',
        '”',
        '‘',
        '’',
        "'",
        ',',
        '.',
        '\n\n',
        '\r\n',
        '\u00a0',
        ' – ',
        'MOSCOW (Reuters) - ',
      ),
      fc.string({ unit: 'grapheme' }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '))

describe('analyze on any text', () => {
  it('never throws and every span lies inside article.text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), newsish), (text) => {
        const analysis = analyze(text)
        expect(analysis.article.text).toBe(text)
        // The schema checks every span against the text's length (see spansOf in the core's schemas).
        expect(AnalysisSchema.safeParse(analysis).success).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)))
      }),
      { numRuns: 100 },
    )
  })

  it('gives the seed byte-identical output twice and a valid analysis', () => {
    const first = JSON.stringify(analyze(seed))
    expect(JSON.stringify(analyze(seed))).toBe(first)
    expect(AnalysisSchema.parse(JSON.parse(first)).article.title).toBe(
      'Russia opposes to US military presence in Central Asia',
    )
  })

  it('handles a 5 MB article', () => {
    const paragraph = `${seed.split('\n\n').slice(1, 6).join('\n\n')}\n\n`
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))
    const analysis = analyze(text)
    expect(analysis.article.paragraphs.length).toBeGreaterThan(1000)
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true)
  }, 600_000)
})
