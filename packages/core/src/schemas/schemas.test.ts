import { describe, expect, it } from 'vitest'
import { ActorIdSchema, ActorSchema, AnalysisSchema, SpanSchema, StatementSchema } from './index.ts'

const text = 'Ryabkov said Russia objects.'
const statement = {
  id: 's_0123456789abcdef',
  speaker: 'person:sergei-ryabkov',
  source: { start: 0, end: 7 },
  cue: { start: 8, end: 12 },
  content: { start: 13, end: 27 },
  mode: 'indirect',
  negated: false,
  stance: { target: 'country:russia', polarity: 'neutral' },
}
const analysis = {
  article: {
    id: 'a_0123456789abcdef',
    title: null,
    dateline: null,
    text,
    body: { start: 0, end: 28 },
    paragraphs: [{ start: 0, end: 28 }],
  },
  actors: [
    {
      id: 'person:sergei-ryabkov',
      name: 'Sergei Ryabkov',
      kind: 'person',
      aliases: ['Ryabkov'],
      mentions: [{ start: 0, end: 7 }],
    },
  ],
  statements: [statement],
  extractor: { name: 'whosaid', version: '0.0.0' },
}

describe('schemas', () => {
  it.each([
    [{ start: 0, end: 0 }, true],
    [{ start: 3, end: 5 }, true],
    [{ start: 5, end: 3 }, false],
    [{ start: -1, end: 3 }, false],
    [{ start: 1.5, end: 3 }, false],
  ])('Span %j valid: %s', (span, valid) => {
    expect(SpanSchema.safeParse(span).success).toBe(valid)
  })

  it.each([
    ['person:sergei-ryabkov', true],
    ['country:united-states', true],
    ['organization:us-state-department', true],
    ['people:x', false],
    ['person:Sergei', false],
    ['person:-x', false],
  ])('ActorId %s valid: %s', (id, valid) => {
    expect(ActorIdSchema.safeParse(id).success).toBe(valid)
  })

  it('accepts a whole analysis', () => {
    expect(AnalysisSchema.parse(analysis)).toEqual(analysis)
  })

  it('names a span that lies past the text', () => {
    const bad = { ...analysis, statements: [{ ...statement, content: { start: 13, end: 99 } }] }
    const result = AnalysisSchema.safeParse(bad)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['statements', 0, 'content'])
  })

  it('needs a reason when a statement has no speaker', () => {
    expect(StatementSchema.safeParse({ ...statement, speaker: null }).success).toBe(false)
    expect(
      StatementSchema.safeParse({ ...statement, speaker: null, speakerReason: 'no-source' }).success,
    ).toBe(true)
  })

  it('rejects an unknown actor kind', () => {
    expect(ActorSchema.safeParse({ ...analysis.actors[0], kind: 'animal' }).success).toBe(false)
  })
})

describe('an article url', () => {
  it.each([
    ['https://example.org/news/1', true],
    ['http://example.org', true],
    ['javascript:alert(document.cookie)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['ftp://example.org/a', false],
  ])('%s → %s', (url, accepted) => {
    const withUrl = { ...analysis, article: { ...analysis.article, url } }
    expect(AnalysisSchema.safeParse(withUrl).success).toBe(accepted)
  })
})
