import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../../test/backends.ts'
import { type FixtureActor, makeAnalysis, RUSSIA, RYABKOV, USA } from '../../test/fixtures.ts'
import type { Store } from '../database.ts'
import { storeAnalysis } from '../ingest.ts'
import { type Page, pageSchema, StatementViewSchema } from '../views.ts'
import { getActor, listActors } from './actors.ts'
import { getArticle, listArticles } from './articles.ts'
import { listRelations } from './relations.ts'
import { searchAll } from './search.ts'
import { listStatements, listStatementsJson } from './statements.ts'

const LAVROV: FixtureActor = {
  id: 'person:sergei-lavrov',
  kind: 'person',
  names: ['Sergei Lavrov', 'Lavrov'],
}
const NATO: FixtureActor = { id: 'organization:nato', kind: 'organization', names: ['NATO', '100%_Alliance'] }

/** Twelve dated articles (one per day of March 2024) and one undated, with statements and stances. */
const corpus = [
  ...Array.from({ length: 12 }, (_, i) => {
    const day = String(i + 1).padStart(2, '0')
    return makeAnalysis(
      `Report ${day}\n\nRussia rejected the sanctions plan, Sergei Ryabkov said. Lavrov said NATO must withdraw from day ${day}. The United States said it would respond.`,
      {
        actors: [RUSSIA, USA, RYABKOV, LAVROV, NATO],
        statements: [
          {
            speaker: RYABKOV.id,
            content: 'Russia rejected the sanctions plan',
            cue: 'said',
            source: 'Sergei Ryabkov',
            target: USA.id,
            polarity: 'oppose',
          },
          {
            speaker: LAVROV.id,
            content: `NATO must withdraw from day ${day}`,
            cue: 'said NATO',
            source: 'Lavrov',
            target: NATO.id,
            polarity: 'demand',
          },
          { speaker: USA.id, content: 'it would respond', source: 'The United States' },
        ],
        publishedAt: `2024-03-${day}T08:00:00Z`,
      },
    )
  }),
  makeAnalysis('An undated note\n\nNothing was said about wheat harvests.'),
]

/** Follows every cursor of a list and returns all items, checking each page's size. */
async function allPages<Item>(
  fetchPage: (cursor?: string) => Promise<Page<Item>>,
  limit: number,
): Promise<Item[]> {
  const items: Item[] = []
  let cursor: string | undefined
  for (let pages = 0; pages < 100; pages++) {
    const page = await fetchPage(cursor)
    expect(page.items.length).toBeLessThanOrEqual(limit)
    items.push(...page.items)
    if (page.nextCursor === null) return items
    expect(page.items).toHaveLength(limit)
    cursor = page.nextCursor
  }
  throw new Error('pagination did not end')
}

describe.each(testBackends())('queries on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    for (const analysis of corpus) await storeAnalysis(store, analysis, new Date('2024-04-01T00:00:00Z'))
  })
  afterAll(async () => dispose?.())

  it('lists articles newest first, the undated one by its ingestion date', async () => {
    const { items } = await listArticles(store, { limit: 3 })
    expect(items.map((item) => item.publishedAt ?? item.ingestedAt)).toEqual([
      '2024-04-01T00:00:00.000Z',
      '2024-03-12T08:00:00.000Z',
      '2024-03-11T08:00:00.000Z',
    ])
    expect(items[1]).toMatchObject({ title: 'Report 12', actorCount: 5, statementCount: 3 })
    expect(items[1]?.excerpt).toMatch(/^Russia rejected the sanctions plan/)
  })

  it.each([
    { name: 'every article', filter: {}, count: 13 },
    { name: 'full text', filter: { q: 'sanctions' }, count: 12 },
    { name: 'full text, stemmed', filter: { q: 'harvest' }, count: 1 },
    { name: 'full text, web syntax', filter: { q: '"sanctions plan" -wheat' }, count: 12 },
    { name: 'an actor', filter: { actor: LAVROV.id }, count: 12 },
    { name: 'an unknown actor', filter: { actor: 'person:nobody' }, count: 0 },
    {
      name: 'a date range',
      filter: { from: new Date('2024-03-03'), before: new Date('2024-03-06') },
      count: 3,
    },
    {
      name: 'all at once',
      filter: { q: 'withdraw', actor: NATO.id, from: new Date('2024-03-10') },
      count: 3,
    },
  ])('filters articles: $name', async ({ filter, count }) => {
    const items = await allPages((cursor) => listArticles(store, { ...filter, limit: 5, cursor }), 5)
    expect(items).toHaveLength(count)
    expect(new Set(items.map((item) => item.id)).size).toBe(count)
  })

  it('pages through statements without losing or repeating one, in text order within an article', async () => {
    const items = await allPages((cursor) => listStatements(store, { limit: 7, cursor }), 7)
    expect(items).toHaveLength(36)
    expect(new Set(items.map((item) => `${item.articleId}/${item.id}`)).size).toBe(36)
    expect(items.slice(0, 3).map((item) => item.speaker)).toEqual([RYABKOV.id, LAVROV.id, USA.id])
    expect(items[0]).toMatchObject({
      articleTitle: 'Report 12',
      date: '2024-03-12T08:00:00.000Z',
      speakerName: 'Sergei Ryabkov',
      targetName: 'United States',
      quote: 'Russia rejected the sanctions plan',
      cueText: 'said',
      sourceText: 'Sergei Ryabkov',
      stance: { target: USA.id, polarity: 'oppose' },
    })
  })

  it.each([
    { name: 'speaker', filter: { speaker: LAVROV.id }, count: 12 },
    { name: 'target', filter: { target: NATO.id }, count: 12 },
    { name: 'polarity', filter: { polarity: 'oppose' as const }, count: 12 },
    { name: 'full text', filter: { q: 'respond' }, count: 12 },
    { name: 'full text, one day', filter: { q: 'withdraw day 07' }, count: 1 },
    { name: 'dates', filter: { from: new Date('2024-03-12') }, count: 3 },
    { name: 'no match', filter: { speaker: LAVROV.id, polarity: 'support' as const }, count: 0 },
    { name: 'another speaker, same shape', filter: { speaker: RYABKOV.id }, count: 12 },
    { name: 'speaker and words', filter: { speaker: LAVROV.id, q: 'withdraw' }, count: 12 },
    { name: 'speaker and other words', filter: { speaker: RYABKOV.id, q: 'withdraw' }, count: 0 },
    {
      name: 'target, polarity and a date range',
      filter: {
        target: USA.id,
        polarity: 'oppose' as const,
        from: new Date('2024-03-03'),
        before: new Date('2024-03-06'),
      },
      count: 3,
    },
    { name: 'web search syntax', filter: { q: '"sanctions plan" or withdraw -respond' }, count: 24 },
    { name: 'words and a date', filter: { q: 'withdraw', before: new Date('2024-03-03') }, count: 2 },
    { name: 'words found nowhere', filter: { q: 'zebra' }, count: 0 },
  ])('filters statements: $name', async ({ filter, count }) => {
    const items = await allPages((cursor) => listStatements(store, { ...filter, limit: 5, cursor }), 5)
    expect(items).toHaveLength(count)
    expect(new Set(items.map((item) => `${item.articleId}/${item.id}`)).size).toBe(count)
  })

  it.each([
    { name: 'every statement', filter: {} },
    { name: 'a speaker', filter: { speaker: LAVROV.id } },
    { name: 'words', filter: { q: 'sanctions' } },
    { name: 'no match', filter: { q: 'zebra' } },
  ])('answers the same page as JSON bytes, valid against the view: $name', async ({ filter }) => {
    const bytes = await listStatementsJson(store, { ...filter, limit: 4 })
    const page = pageSchema(StatementViewSchema)
      .strict()
      .parse(JSON.parse(new TextDecoder().decode(bytes)))
    expect(page).toEqual(await listStatements(store, { ...filter, limit: 4 }))
    for (const item of page.items) expect(StatementViewSchema.strict().safeParse(item).success).toBe(true)
  })

  it('lists actors by how many articles name them, by kind and by a piece of any name', async () => {
    const all = await allPages((cursor) => listActors(store, { limit: 2, cursor }), 2)
    expect(all.map((actor) => actor.id).sort()).toEqual(
      [LAVROV.id, NATO.id, RUSSIA.id, RYABKOV.id, USA.id].sort(),
    )
    expect((await listActors(store, { kind: 'person' })).items.map((actor) => actor.id)).toEqual([
      LAVROV.id,
      RYABKOV.id,
    ])
    expect((await listActors(store, { q: 'U.S.' })).items.map((actor) => actor.id)).toEqual([USA.id])
    // LIKE wildcards in the query are literal characters.
    expect((await listActors(store, { q: '100%_a' })).items.map((actor) => actor.id)).toEqual([NATO.id])
    expect((await listActors(store, { q: '%' })).items.map((actor) => actor.id)).toEqual([NATO.id])
  })

  it('answers an actor’s detail, and null for an unknown id', async () => {
    const detail = await getActor(store, LAVROV.id)
    expect(detail).toMatchObject({
      articleCount: 12,
      statementCount: 12,
      stances: [{ target: NATO.id, count: 12 }],
    })
    expect(detail?.stances[0]?.statements).toHaveLength(12)
    expect(detail?.timeline).toHaveLength(12)
    expect((await getActor(store, NATO.id))?.opposedBy).toMatchObject([
      { source: LAVROV.id, polarity: 'demand' },
    ])
    expect(await getActor(store, 'person:nobody')).toBeNull()
    expect(await getArticle(store, 'a_0000000000000000')).toBeNull()
  })

  it('lists relations best attested first, by actor and polarity, one page at a time', async () => {
    const all = await allPages((cursor) => listRelations(store, { limit: 1, cursor }), 1)
    expect(all.map((relation) => `${relation.source}>${relation.target}`).sort()).toEqual([
      `${LAVROV.id}>${NATO.id}`,
      `${RYABKOV.id}>${USA.id}`,
    ])
    expect((await listRelations(store, { actor: NATO.id })).items).toHaveLength(1)
    expect((await listRelations(store, { polarity: 'oppose' })).items).toMatchObject([
      {
        source: RYABKOV.id,
        sourceName: 'Sergei Ryabkov',
        target: USA.id,
        targetName: 'United States',
        count: 12,
      },
    ])
  })

  it('searches articles, actors and statements at once', async () => {
    const result = await searchAll(store, 'lavrov', 3)
    expect(result.articles).toHaveLength(3)
    expect(result.actors.map((actor) => actor.id)).toEqual([LAVROV.id])
    expect(result.statements).toHaveLength(0)
  })

  it.each(['garbage', 'W10', btoa('["x"]')])('refuses a cursor it did not give out: %s', async (cursor) => {
    await expect(listArticles(store, { cursor })).rejects.toMatchObject({ code: 'invalid-cursor' })
    await expect(listStatements(store, { cursor })).rejects.toMatchObject({ code: 'invalid-cursor' })
  })
})
