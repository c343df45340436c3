import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../../test/backends.ts'
import { makeAnalysis, RUSSIA, RYABKOV, USA } from '../../test/fixtures.ts'
import { queryRows, type Store } from '../database.ts'
import { storeAnalysis } from '../ingest.ts'
import { everyWordRequired } from './search-terms.ts'
import { listStatements } from './statements.ts'

/** Queries in web-search syntax, with whether every word of each must be in a match. */
const QUERIES = [
  { q: 'sanctions', required: true },
  { q: 'Sanctions', required: true },
  { q: 'sanctioned', required: true },
  { q: 'nuclear deal', required: true },
  { q: '"nuclear deal"', required: true },
  { q: '"deal nuclear"', required: true },
  { q: 'the deal', required: true },
  { q: 'the', required: true },
  { q: 'U.S. troops', required: true },
  { q: 'foo & bar | baz', required: true },
  { q: '!deal (nuclear)', required: true },
  { q: '"talks or not"', required: false },
  { q: 'nuclear or wheat', required: false },
  { q: 'nuclear OR wheat', required: false },
  { q: 'deal (or) wheat', required: false },
  { q: 'nuclear -deal', required: false },
  { q: 'e-mail', required: false },
  { q: 'Orlando talks', required: true },
  { q: 'zebra', required: true },
  { q: 'Москва talks', required: true },
  { q: '2016 talks', required: true },
  { q: '', required: true },
]

describe('everyWordRequired', () => {
  it.each(QUERIES)('$q: $required', ({ q, required }) => {
    expect(everyWordRequired(q)).toBe(required)
  })
})

/** Statements with overlapping words, over eight days, so that searches have several pages to walk. */
const CONTENTS = [
  'the nuclear deal is dead',
  'a deal on nuclear arms',
  'sanctions will follow the deal',
  'U.S. troops will stay, and sanctions too',
  'wheat exports sanctioned by Moscow',
  'talks or not, Москва will decide',
  'an e-mail about the 2016 talks',
  'Orlando talks on wheat and sanctions',
]

const corpus = Array.from({ length: 8 }, (_, day) =>
  makeAnalysis(
    `Day ${day + 1}\n\n${CONTENTS.map((content, i) => `${content}, Ryabkov said on day ${day + 1} at ${i}.`).join(' ')}`,
    {
      actors: [RUSSIA, USA, RYABKOV],
      // Each day leaves out one of the contents, so that no two days have the same statements.
      statements: CONTENTS.filter((_, i) => i !== day).map((content) => ({
        speaker: RYABKOV.id,
        content,
        source: 'Ryabkov',
        cue: 'said',
      })),
      publishedAt: `2024-05-0${day + 1}T09:00:00Z`,
    },
  ),
)

describe.each(testBackends())('statement search on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    for (const analysis of corpus) await storeAnalysis(store, analysis)
  })
  afterAll(async () => dispose?.())

  it.each(QUERIES.filter(({ required }) => required))(
    'every word of $q is one the database requires: without any one of them, its own text does not match',
    async ({ q }) => {
      const [check] = await queryRows<{ whole: boolean | null; lacking: boolean[] }>(
        store.db,
        sql`select coalesce(to_tsvector('english', ${q}) @@ websearch_to_tsquery('english', ${q}), false) as whole,
          array(select ts_delete(to_tsvector('english', ${q}), lexeme) @@ websearch_to_tsquery('english', ${q})
            from unnest(tsvector_to_array(to_tsvector('english', ${q}))) as lexeme) as lacking`,
      )
      // A query of stop words only has no lexeme and matches nothing; any other matches its own text.
      expect(check?.whole).toBe(check?.lacking.length !== 0)
      expect(check?.lacking).not.toContain(true)
    },
  )

  // (An empty query is no filter at all: the list does not search then.)
  it.each(QUERIES.filter(({ q }) => q !== ''))(
    'finds what the text index finds, in list order, page by page: $q',
    async ({ q }) => {
      const expected = await queryRows<{ id: string }>(
        store.db,
        sql`select article_id || '/' || id as id from statements
          where search @@ websearch_to_tsquery('english', ${q})
          order by dated_at desc, article_id desc, ordinal`,
      )
      const found: string[] = []
      let cursor: string | undefined
      do {
        const page = await listStatements(store, { q, limit: 3, cursor })
        found.push(...page.items.map((item) => `${item.articleId}/${item.id}`))
        cursor = page.nextCursor ?? undefined
      } while (cursor && found.length <= expected.length)
      expect(found).toEqual(expected.map((row) => row.id))
    },
  )

  it('finds words with other filters: a speaker, a date range', async () => {
    const { items } = await listStatements(store, {
      q: 'nuclear deal',
      speaker: RYABKOV.id,
      from: new Date('2024-05-07T00:00:00Z'),
    })
    // Days 7 and 8, each with both nuclear deal statements but for the one it leaves out (none of them).
    expect(items.map((item) => item.quote)).toEqual([
      'the nuclear deal is dead',
      'a deal on nuclear arms',
      'the nuclear deal is dead',
      'a deal on nuclear arms',
    ])
    expect((await listStatements(store, { q: 'nuclear deal', speaker: USA.id })).items).toEqual([])
  })
})
