import { describe, expect, it } from 'vitest'
import { analyze, analyzeInSections } from './analyze.ts'
import { extractActors } from './extract/actors/index.ts'
import { extractStatements } from './extract/statements/index.ts'
import { parseArticle } from './parse/index.ts'
import { AnalysisSchema } from './schemas/analysis.ts'

// An article of our own, repeated: read in sections of about one article each, each copy must give what the
// article alone gives, at its own offsets.
const ARTICLE = [
  'Harbour plan faces vote',
  'Councillor Ann Pell said the harbour plan would cost the town too much. "We cannot afford it," she added.',
  'The Harbour Trust said it would publish its accounts next week.',
].join('\n\n')

describe('analyze of a text longer than a section', () => {
  const copies = 3
  const text = Array.from({ length: copies }, () => ARTICLE).join('\n\n')
  const whole = analyze(ARTICLE)
  const long = analyzeInSections(text, {}, ARTICLE.length + 2)
  const said = (a: typeof whole) =>
    a.statements.map((s) => ({
      speaker: s.speaker,
      content: a.article.text.slice(s.content.start, s.content.end),
    }))

  it('is a valid analysis whose every offset points at the same words as in the article alone', () => {
    expect(AnalysisSchema.safeParse(long).success).toBe(true)
    expect(whole.statements.length).toBeGreaterThan(1)
    expect(said(long)).toEqual([...said(whole), ...said(whole), ...said(whole)])
  })

  it('gives each statement its own id and keeps one actor per id, with every mention', () => {
    expect(new Set(long.statements.map((s) => s.id)).size).toBe(long.statements.length)
    const pell = long.actors.find((a) => a.name === 'Ann Pell')
    const alone = whole.actors.find((a) => a.name === 'Ann Pell')
    expect(pell?.mentions.length).toBe((alone?.mentions.length ?? 0) * copies)
    for (const span of pell?.mentions ?? []) expect(text.slice(span.start, span.end)).toMatch(/Pell/)
    expect(long.actors.filter((a) => a.id === pell?.id)).toHaveLength(1)
  })

  it('keeps the whole text as the article: its title, body and every sentence', () => {
    const parsed = parseArticle(text)
    expect(long.article.title).toBe('Harbour plan faces vote')
    expect(long.article.body).toEqual(parsed.body)
    expect(long.article.paragraphs).toEqual(parsed.paragraphs)
    expect(long.article.sentences).toEqual(parsed.sentences.map(({ start, end }) => ({ start, end })))
  })

  it('reads a text within the limit as the extractors read the whole parsed article', () => {
    const parsed = parseArticle(text)
    const actors = extractActors(parsed)
    const within = analyzeInSections(text, {}, parsed.body.end - parsed.body.start)
    expect(within.actors).toEqual(actors)
    expect(within.statements).toEqual(extractStatements(parsed, actors))
  })
})
