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

/** Milliseconds to run the statements stage on a text, best of three. */
function timeOf(text: string): number {
  const parsed = parseArticle(text)
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < 3; i++) {
    const started = Date.now()
    extractStatements(parsed, [])
    best = Math.min(best, Date.now() - started)
  }
  return best
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

  // The bounds below catch quadratic work (minutes on 1 MB), not slowness: CI runs several suites on two cores.
  it('a 1 MB quote that never closes', () => {
    const text = `Title\n\nThe senator said: "${'the plan will work '.repeat(55_000)}`
    expect(text.length).toBeGreaterThan(1_000_000)
    const started = Date.now()
    run(text)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('a 1 MB quote that closes', () => {
    const text = `"${'we will hold the line and '.repeat(40_000)}," the general said.`
    expect(text.length).toBeGreaterThan(1_000_000)
    const started = Date.now()
    const found = run(text)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(found.length).toBeGreaterThan(0)
  })

  it('10,000 "said"s in a row', () => {
    const text = 'said '.repeat(10_000)
    const started = Date.now()
    run(text)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('10,000 quote marks in a row', () => {
    const started = Date.now()
    run('" '.repeat(10_000))
    run('"'.repeat(10_000))
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('takes time in proportion to the length of the text', () => {
    const paragraph =
      '"The talks have failed," the minister said on Monday. Officials said that the border would stay closed, ' +
      'according to the ministry. The union warned that strikes would follow, saying that wages were too low.\n\n'
    const small = timeOf(paragraph.repeat(100))
    const large = timeOf(paragraph.repeat(400))
    // Four times the text should take about four times as long; a generous bound keeps a loaded machine from failing.
    expect(large).toBeLessThan(small * 10 + 50)
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
