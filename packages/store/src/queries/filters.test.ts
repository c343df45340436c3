import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../../test/backends.ts'
import { makeAnalysis, RUSSIA, RYABKOV } from '../../test/fixtures.ts'
import { queryRows, type Store } from '../database.ts'
import { storeAnalysis } from '../ingest.ts'
import { listActors } from './actors.ts'
import { listArticles } from './articles.ts'
import {
  clampLimit,
  containsPattern,
  dateValues,
  isStorableInstant,
  searchQuery,
  webSearchQuery,
} from './filters.ts'
import { searchAll } from './search.ts'
import { listStatements } from './statements.ts'

/** Forty `-` in a row: more NOTs than websearch_to_tsquery's stack of 32 holds. */
const DASHES = '-'.repeat(40)

describe('clampLimit', () => {
  it.each([
    [undefined, 20],
    [0, 1],
    [-5, 1],
    [7.9, 7],
    [100, 100],
    [1000, 100],
    [Number.NaN, 20],
  ])('%s → %s', (limit, expected) => {
    expect(clampLimit(limit)).toBe(expected)
  })
})

describe('containsPattern', () => {
  it.each([
    ['Ryab', '%ryab%'],
    ['100%', '%100\\%%'],
    ['a_b', '%a\\_b%'],
    ['back\\slash', '%back\\\\slash%'],
  ])('%s → %s', (text, expected) => {
    expect(containsPattern(text)).toBe(expected)
  })
})

describe('containsPattern reads the text as stored', () => {
  it.each([
    ['a\u0000b', '%a\uFFFDb%'],
    ['cut \uD83D', '%cut \uFFFD%'],
  ])('%j → %j', (text, expected) => {
    expect(containsPattern(text)).toBe(expected)
  })
})

describe('searchQuery', () => {
  it.each([
    ['sanctions', 'sanctions'],
    ['"nuclear deal" -sanctions or tariffs', '"nuclear deal" -sanctions or tariffs'],
    ['e-mail cease--fire', 'e-mail cease--fire'],
    ['a - b', 'a - b'],
    ['--sanctions', '  sanctions'],
    ['---sanctions', '  -sanctions'],
    ['- - - sanctions', '    - sanctions'],
    ['-!-(sanctions', ' ! (sanctions'],
    ['"deal"--sanctions', '"deal"  sanctions'],
    ['"a -- b" --c', '"a -- b"   c'],
    [DASHES, ' '.repeat(40)],
    ['a\u0000b', 'a\uFFFDb'],
  ])('%j → %j', (q, expected) => {
    expect(searchQuery(q)).toBe(expected)
  })

  // No duration is compared: at this size a quadratic rewrite would run for hours and fail by the suite's
  // time limit, while a linear one takes milliseconds, however busy the machine.
  it('is linear on long adversarial input', () => {
    const q = `${'- '.repeat(1_000_000)}"${'-'.repeat(1_000_000)}`
    expect(searchQuery(q)).toHaveLength(q.length)
  })
})

describe('date bounds', () => {
  it.each([
    [new Date('2024-03-01T00:00:00Z'), '2024-03-01T00:00:00.000Z'],
    [new Date('0001-01-01T00:00:00Z'), '0001-01-01T00:00:00.000Z'],
    [new Date('9999-12-31T23:59:59.999Z'), '9999-12-31T23:59:59.999Z'],
    [new Date('0000-01-01T00:00:00Z'), '-infinity'],
    [new Date('0001-01-01T00:00:00+14:00'), '-infinity'],
    [new Date('9999-12-31T23:59:59-14:00'), 'infinity'],
    [new Date('+010000-01-01T00:00:00Z'), 'infinity'],
  ])('%s → %s', (date, text) => {
    expect(dateValues({ from: date, before: date })).toEqual({ from: text, before: text })
    expect(isStorableInstant(date)).toBe(!text.includes('infinity'))
  })

  it('an invalid date is not storable', () => {
    expect(isStorableInstant(new Date(Number.NaN))).toBe(false)
  })
})

/** Queries built from what makes web-search syntax: dashes, quotes, operators, white space, words. */
const hostileQuery = fc
  .array(
    fc.constantFrom(
      '-',
      '-',
      '-',
      ' ',
      '"',
      '!',
      '(',
      ')',
      '|',
      '&',
      '<',
      ':',
      '*',
      '\u3000',
      'or',
      'x',
      'deal',
    ),
    {
      maxLength: 500,
    },
  )
  .map((parts) => parts.join('').slice(0, 500))

describe.each(testBackends())('search and date filters on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  const tsquery = async (q: string) =>
    (await queryRows<{ query: string }>(store.db, sql`select ${webSearchQuery(q)}::text as query`))[0]?.query

  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    await storeAnalysis(
      store,
      makeAnalysis('Sanctions row\n\nRussia rejected the sanctions plan, Sergei Ryabkov said.', {
        actors: [RUSSIA, RYABKOV],
        statements: [{ speaker: RYABKOV.id, content: 'Russia rejected the sanctions plan', cue: 'said' }],
        publishedAt: '2024-03-01T09:00:00Z',
      }),
    )
  })
  afterAll(async () => dispose?.())

  /** Which of a few texts a query matches, as the database evaluates it. */
  const matches = async (query: ReturnType<typeof sql>) =>
    (
      await queryRows<{ matched: boolean[] }>(
        store.db,
        sql`select array_agg(to_tsvector('english', doc) @@ ${query} order by doc) as matched
          from unnest(array['sanctions plan', 'russia', 'sanctions russia plan', 'nothing at all']) as doc`,
      )
    )[0]?.matched

  it.each([
    ['--sanctions'],
    ['---sanctions'],
    ['- - -sanctions plan'],
    ['-!-(sanctions'],
    ['"sanctions plan"--russia'],
    ['sanctions ---- plan or -- russia'],
    [`${'-'.repeat(31)}sanctions`],
    [`${'-'.repeat(30)}sanctions`],
  ])('matches what the database would in %j', async (q) => {
    const direct = await matches(sql`websearch_to_tsquery('english', ${q})`)
    expect(direct).toHaveLength(4)
    expect(await matches(webSearchQuery(q))).toEqual(direct)
  })

  it('parses any query of dashes, quotes and operators', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuery, async (q) => {
        await tsquery(q)
      }),
      { numRuns: 150 },
    )
  })

  it.each([
    { name: 'a NUL', q: '\u0000' },
    { name: '40 dashes', q: DASHES },
    { name: '40 dashes before a word', q: `${DASHES}sanctions` },
    { name: 'spaced dashes', q: `${'- '.repeat(40)}sanctions` },
  ])('answers a query of $name in every list', async ({ q }) => {
    await expect(listArticles(store, { q })).resolves.toMatchObject({ items: expect.any(Array) })
    await expect(listStatements(store, { q })).resolves.toMatchObject({ items: expect.any(Array) })
    await expect(listActors(store, { q })).resolves.toMatchObject({ items: [] })
    await expect(searchAll(store, q)).resolves.toMatchObject({ actors: [] })
  })

  it('finds after an even run of dashes what it finds without them', async () => {
    expect((await listStatements(store, { q: `${DASHES}sanctions` })).items).toHaveLength(1)
    expect((await listArticles(store, { q: `${DASHES}-sanctions` })).items).toHaveLength(0)
  })

  it.each([
    { name: 'from year 0', range: { from: new Date('0000-01-01T00:00:00Z') }, count: 1 },
    { name: 'before year 10000', range: { before: new Date('+010000-01-01T00:00:00Z') }, count: 1 },
    { name: 'from year 10000', range: { from: new Date('+010000-01-01T00:00:00Z') }, count: 0 },
    { name: 'before year 0', range: { before: new Date('0000-06-01T00:00:00Z') }, count: 0 },
    {
      name: 'both past the ends',
      range: { from: new Date('-000100-01-01T00:00:00Z'), before: new Date('+020000-01-01T00:00:00Z') },
      count: 1,
    },
  ])('keeps the meaning of a bound $name', async ({ range, count }) => {
    expect((await listArticles(store, range)).items).toHaveLength(count)
    expect((await listStatements(store, range)).items).toHaveLength(count)
  })
})
