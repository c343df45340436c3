import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Span } from '../../schemas/span.ts'
import { type Statement, StatementSchema } from '../../schemas/statement.ts'
import { extractStatements } from './index.ts'

/** Checks what must hold for any text: valid records, every span inside the text, parts inside the content. */
function expectSound(text: string, found: readonly Statement[]): void {
  const inside = (span: Span | null | undefined) => {
    if (!span) return
    expect(span.start).toBeGreaterThanOrEqual(0)
    expect(span.end).toBeLessThanOrEqual(text.length)
    expect(span.end).toBeGreaterThanOrEqual(span.start)
  }
  for (const statement of found) {
    expect(StatementSchema.safeParse(statement).success).toBe(true)
    inside(statement.content)
    inside(statement.source)
    inside(statement.cue)
    for (const part of statement.contentParts ?? []) {
      inside(part)
      expect(part.start).toBeGreaterThanOrEqual(statement.content.start)
      expect(part.end).toBeLessThanOrEqual(statement.content.end)
    }
  }
}

function run(text: string): Statement[] {
  const found = extractStatements(parseArticle(text), [])
  expectSound(text, found)
  return found
}

describe('extractStatements on odd text', () => {
  it.each([
    [''],
    ['"'],
    ['""""""'],
    ["''''"],
    ['said'],
    ['"This quote never closes and he said so'],
    ['He said "yes and then "no" and "maybe.'],
    ['"She told me \'never again,\' and left," he said.'],
    ['“Curly opens” straight closes" and ‘single’ mixes’'],
    ['" said " said " said "'],
    ['according to'],
    ['According to'],
    [':'],
    ['WALLACE:'],
    ['\u201d\u201c\u2019\u2018'],
    ['Il a dit que « la guerre est finie ».'],
    ['He said 😀 "we 𝕎𝕚𝕟" 😀 she said.'],
    ['line one said\r\nline two said\r\n\r\n"quote\r\nacross lines," he said.'],
    ['. , ; : ! ? — – - ( ) [ ] " \' said'],
  ])('no crash, spans inside: %j', (text) => {
    expect(() => run(text)).not.toThrow()
  })

  // No duration is compared below: quadratic work on a megabyte runs for hours and fails by the suite's time limit,
  // while linear work takes seconds, however busy the machine.
  it('a 1 MB quote that never closes', () => {
    const text = `Title\n\nThe senator said: "${'the plan will work '.repeat(55_000)}`
    expect(text.length).toBeGreaterThan(1_000_000)
    run(text)
  })

  it('a 1 MB quote that closes', () => {
    const text = `"${'we will hold the line and '.repeat(40_000)}," the general said.`
    expect(text.length).toBeGreaterThan(1_000_000)
    const found = run(text)
    expect(found.length).toBeGreaterThan(0)
  })

  it('10,000 "said"s in a row', () => {
    const text = 'said '.repeat(10_000)
    run(text)
  })

  it('10,000 quote marks in a row', () => {
    run('" '.repeat(10_000))
    run('"'.repeat(10_000))
  })

  it('finds as many statements in a megabyte of news as its paragraphs hold', () => {
    const paragraph =
      '"The talks have failed," the minister said on Monday. Officials said that the border would stay closed, ' +
      'according to the ministry. The union warned that strikes would follow, saying that wages were too low.\n\n'
    const one = run(paragraph).length
    const text = paragraph.repeat(4_000)
    expect(text.length).toBeGreaterThan(800_000)
    expect(one).toBeGreaterThan(0)
    // A paragraph's neighbours may change a statement or two at the joins, not the whole count.
    const found = run(text).length
    expect(found).toBeGreaterThan(one * 4_000 * 0.99)
    expect(found).toBeLessThanOrEqual(one * 4_000)
  })

  it('never throws and keeps spans inside the text, for any mix of words, quotes and breaks', () => {
    const piece = fc.constantFrom(
      'said',
      'told',
      'according to',
      'that',
      'Ryabkov',
      'the minister',
      'he',
      '"',
      "'",
      '\u201c',
      '\u201d',
      ',',
      '.',
      ':',
      '—',
      '\n\n',
      'not',
      'has',
      'saying',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 60 }), (pieces) => {
        run(pieces.join(' '))
      }),
      { numRuns: 200, seed: 42 },
    )
  })

  it('gives the same statements for the same text', () => {
    const text = '"We are ready," the general said, "but not yet." Officials said talks would resume.'
    expect(run(text)).toEqual(run(text))
  })
})
