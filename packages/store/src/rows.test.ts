import { describe, expect, it } from 'vitest'
import { makeAnalysis, RUSSIA, RYABKOV, USA } from '../test/fixtures.ts'
import { excerptOf, quoteOf, referencedActors, toRows, toRowsSteps, withViews } from './rows.ts'

describe('excerptOf', () => {
  it.each([
    { text: 'Short body.', body: { start: 0, end: 11 }, expected: 'Short body.' },
    { text: 'Title\n\n  Spread\n\nout   body ', body: { start: 7, end: 28 }, expected: 'Spread out body' },
    { text: 'No body at all', body: { start: 0, end: 0 }, expected: 'No body at all' },
    {
      text: `${'word '.repeat(100)}`,
      body: { start: 0, end: 500 },
      expected: `${'word '.repeat(56).trim()}…`,
    },
    { text: 'x'.repeat(400), body: { start: 0, end: 400 }, expected: `${'x'.repeat(280)}…` },
  ])('$expected', ({ text, body, expected }) => {
    expect(excerptOf(text, body)).toBe(expected)
  })

  // The excerpt reads a window of the body, not all of it: whatever falls at the window's edges (a run of spaces,
  // half an emoji), it is the excerpt of the whole body, collapsed.
  const whole = (text: string, body: { start: number; end: number }) => {
    const plain = (text.slice(body.start, body.end) || text)
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/\s+/g, ' ')
      .trim()
    if (plain.length <= 280) return plain
    const cut = plain.slice(0, 280)
    const space = cut.lastIndexOf(' ')
    return `${(space > 140 ? cut.slice(0, space) : cut).trimEnd()}…`
  }
  it.each([
    { name: 'spaces across the window edge', text: `${'ab '.repeat(370)}${' '.repeat(5000)}tail words` },
    { name: 'a long run of spaces first', text: `${' \n'.repeat(3000)}${'word '.repeat(80)}` },
    { name: 'an emoji across the edge', text: `${'x'.repeat(1119)}😀${'y '.repeat(300)}` },
    { name: 'words then one long word', text: `${'a '.repeat(100)}${'z'.repeat(5000)}` },
    { name: 'under the length after collapsing', text: `${'w   '.repeat(69)}w` },
    {
      name: 'a body that runs past the text',
      text: `Head. ${'body words '.repeat(50)}`,
      body: { start: 6, end: 10_000 },
    },
    { name: 'a body after the text', text: 'Only this text.', body: { start: 50, end: 60 } },
  ])('$name: the same as collapsing the whole body', ({ text, body }) => {
    const span = body ?? { start: 0, end: text.length }
    expect(excerptOf(text, span)).toBe(whole(text, span))
  })
})

describe('quoteOf', () => {
  const text = '"We will not," he said, "accept this."'
  const base = {
    id: 's_0000000000000000',
    speaker: null,
    speakerReason: 'no-source' as const,
    source: null,
    cue: null,
  }
  it.each([
    { content: { start: 1, end: 12 }, parts: undefined, expected: 'We will not' },
    {
      content: { start: 1, end: 36 },
      parts: [
        { start: 1, end: 12 },
        { start: 25, end: 37 },
      ],
      expected: 'We will not … accept this.',
    },
    { content: { start: 1, end: 12 }, parts: [{ start: 1, end: 12 }], expected: 'We will not' },
  ])('$expected', ({ content, parts, expected }) => {
    const statement = { ...base, content, mode: 'direct' as const, negated: false }
    expect(quoteOf(text, parts ? { ...statement, contentParts: parts } : statement)).toBe(expected)
  })

  it.each([
    { start: 0, end: 5, expected: 'Go 😀' },
    { start: 0, end: 4, expected: 'Go \uFFFD' },
    { start: 4, end: 9, expected: '\uFFFD now' },
    { start: 4, end: 4, expected: '' },
  ])('a span cut through an emoji, $start–$end: $expected', ({ start, end, expected }) => {
    const statement = { ...base, content: { start, end }, mode: 'direct' as const, negated: false }
    expect(quoteOf('Go 😀 now', statement)).toBe(expected)
  })
})

describe('toRows', () => {
  const analysis = makeAnalysis(
    'Russia and the U.S. argued, Sergei Ryabkov said, and Ryabkov said it again.',
    {
      actors: [USA, RYABKOV, RUSSIA, { ...RUSSIA, names: ['Russia', 'Rossiya'] }],
      statements: [
        { speaker: RYABKOV.id, content: 'Russia and the U.S. argued', target: USA.id, polarity: 'oppose' },
        { speaker: RYABKOV.id, content: 'it again', target: USA.id, polarity: 'oppose' },
        { speaker: RYABKOV.id, content: 'Russia and', target: RYABKOV.id, polarity: 'support' },
        { speaker: null, content: 'argued' },
      ],
      publishedAt: '2024-05-01T12:00:00+02:00',
    },
  )
  const now = new Date('2024-06-01T00:00:00Z')
  const rows = toRows(analysis, now)

  it('drops repeated statements and merges repeated actors in steps, to the same rows', () => {
    const repeated = {
      ...analysis,
      actors: Array.from({ length: 300 }, () => analysis.actors).flat(),
      statements: Array.from({ length: 300 }, () => analysis.statements).flat(),
    }
    const steps = toRowsSteps(repeated, now)
    let yields = 0
    for (let next = steps.next(); !next.done; next = steps.next()) yields++
    // 1,200 statements (4 passes of 250 to drop the repeats) and 1,200 actors (4 to merge them), nothing after.
    expect(yields).toBe(8)
    expect(toRows(repeated, now).statements).toEqual(rows.statements)
    expect(toRows(repeated, now).actors.map((actor) => actor.id)).toEqual(
      rows.actors.map((actor) => actor.id),
    )
  })

  it('yields between the spans of an actor named all through a long text, to the same rows', () => {
    const yieldsOf = (given: typeof analysis) => {
      const steps = toRowsSteps(given, now)
      let yields = 0
      for (let next = steps.next(); !next.done; next = steps.next()) yields++
      return yields
    }
    const [first, ...others] = analysis.actors
    if (!first) throw new Error('the fixture has actors')
    const spans = Array.from({ length: 5_000 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1 }))
    const named = { ...analysis, actors: [{ ...first, mentions: spans, references: [] }, ...others] }
    // One actor's 5,000 spans: two more pauses (one per 2,000 spans), where one actor made none.
    expect(yieldsOf(named) - yieldsOf(analysis)).toBe(2)
    const mine = toRows(named, now).mentions.filter((mention) => mention.actorId === first.id)
    expect(mine.map(({ start, end }) => ({ start, end }))).toEqual(spans)
  })

  it('merges repeated actors and sorts them by id, so concurrent upserts lock in one order', () => {
    expect(rows.actors.map((actor) => actor.id)).toEqual([RUSSIA.id, USA.id, RYABKOV.id])
    expect(rows.actors[0]).toMatchObject({
      aliases: ['Rossiya'],
      searchText: 'russia rossiya',
      articleCount: 1,
    })
    expect(rows.actors[2]).toMatchObject({ statementCount: 3, role: 'Deputy Foreign Minister' })
  })

  it('folds stances into edges, without self-stances, sorted by key', () => {
    expect(rows.stances).toEqual([
      { sourceId: RYABKOV.id, targetId: USA.id, polarity: 'oppose', statementCount: 2 },
    ])
  })

  it('dates everything by publishedAt, keeps statements in text order and the text out of the JSON', () => {
    expect(rows.article.datedAt).toEqual(new Date('2024-05-01T10:00:00Z'))
    expect(rows.article).toMatchObject({ ingestedAt: now, actorCount: 3, statementCount: 4 })
    expect(rows.statements.map((statement) => statement.ordinal)).toEqual([0, 1, 2, 3])
    expect(rows.statements[3]).toMatchObject({
      speakerId: null,
      targetId: null,
      polarity: null,
      quote: 'argued',
    })
    expect(JSON.stringify(rows.article.analysis)).not.toContain('argued, Sergei')
  })

  it('keeps each mention once', () => {
    const keys = rows.mentions.map((mention) => `${mention.actorId}:${mention.start}:${mention.end}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('dates an undated article by its ingestion, and its statements say so', () => {
    expect(toRows(makeAnalysis('Plain.'), now).article.datedAt).toEqual(now)
    const undated = toRows(
      makeAnalysis('Ann said so.', { statements: [{ speaker: null, content: 'so' }] }),
      now,
    )
    const [view] = withViews(undated, new Map()).map((row) => JSON.parse(row.view))
    expect(view).toMatchObject({ date: now.toISOString(), dateSource: 'ingestedAt' })
  })

  it('names each actor a statement points at once', () => {
    expect(referencedActors(rows)).toEqual([RYABKOV.id, USA.id])
  })

  it.each([
    {
      name: 'names as the store keeps them',
      names: [
        [RYABKOV.id, 'S. Ryabkov'],
        [USA.id, 'United States'],
      ],
      first: { speakerName: 'S. Ryabkov', targetName: 'United States' },
    },
    { name: 'no names known', names: [], first: {} },
  ])('writes each statement’s view: $name', ({ names, first }) => {
    const views = withViews(rows, new Map(names as [string, string][])).map((row) => JSON.parse(row.view))
    expect(views).toHaveLength(4)
    expect(views[0]).toStrictEqual({
      ...analysis.statements[0],
      articleId: analysis.article.id,
      articleTitle: analysis.article.title,
      date: '2024-05-01T10:00:00.000Z',
      quote: 'Russia and the U.S. argued',
      ...first,
      dateSource: 'publishedAt',
    })
    expect(views[3]).not.toHaveProperty('speakerName')
  })
})
