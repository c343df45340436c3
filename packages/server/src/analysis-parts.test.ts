import { type Analysis, analyze } from '@whosaid/core'
import { describe, expect, it } from 'vitest'
import { analysisParts, assembler, ITEMS_PER_PART, type PartMessage } from './analysis-parts.ts'

/** A text of `n` short reports, each naming a speaker of its own. */
function reports(n: number): string {
  const names = ['Ann Lee', 'Bob Stone', 'Cara Diaz', 'Dev Patel', 'Eve Moss']
  return Array.from(
    { length: n },
    (_, i) => `${names[i % names.length]} said on day ${i} that the plan for district ${i} would work.`,
  ).join('\n\n')
}

/** The messages of one analysis, and what the assembler makes of them, message by message. */
function roundTrip(analysis: Analysis): { messages: PartMessage[]; results: (Analysis | undefined)[] } {
  const messages = [...analysisParts(7, analysis)]
  const assembly = assembler()
  // Each message crosses threads as a structured clone.
  const results = messages.map((message) => assembly.take(structuredClone(message)))
  return { messages, results }
}

describe('analysisParts and assembler', () => {
  it('send a short analysis whole, in one message', () => {
    const analysis = analyze(reports(3))
    const { messages, results } = roundTrip(analysis)
    expect(messages).toHaveLength(1)
    expect(results[0]).toEqual(analysis)
  })

  it('send a long analysis as a head, slices of its lists and an end, put back as it was', () => {
    const analysis = analyze(reports(1_200))
    const items = analysis.actors.length + analysis.statements.length + (analysis.relations?.length ?? 0)
    expect(items).toBeGreaterThan(4 * ITEMS_PER_PART)
    const { messages, results } = roundTrip(analysis)
    expect(messages[0]).toMatchObject({
      id: 7,
      head: { actors: [], statements: [], article: { paragraphs: [], sentences: [] } },
    })
    expect(analysis.article.paragraphs.length).toBeGreaterThan(0)
    expect(messages.at(-1)).toEqual({ id: 7, end: true })
    for (const message of messages.slice(1, -1))
      expect('items' in message && message.items.length).toBeLessThanOrEqual(ITEMS_PER_PART)
    expect(results.slice(0, -1).every((result) => result === undefined)).toBe(true)
    const whole = results.at(-1)
    expect(JSON.stringify(whole)).toBe(JSON.stringify(analysis))
  })

  it('keep no reference to an analysis once it is answered: an end after it answers nothing', () => {
    const assembly = assembler()
    let whole: Analysis | undefined
    for (const message of analysisParts(7, analyze(reports(1_200)))) whole = assembly.take(message) ?? whole
    expect(whole?.statements.length).toBeGreaterThan(0)
    expect(assembly.take({ id: 7, end: true })).toBeUndefined()
  })

  it('leave out a list the analysis does not have', () => {
    const { relations: _relations, ...analysis } = analyze(reports(1_200))
    const whole = roundTrip(analysis as Analysis).results.at(-1)
    expect(whole && 'relations' in whole).toBe(false)
    expect(JSON.stringify(whole)).toBe(JSON.stringify(analysis))
  })
})
