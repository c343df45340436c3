import { createHash } from 'node:crypto'
import { connect, createServer, type Server } from 'node:net'
import { type Analysis, hashText } from '@whosaid/core'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { createTestDatabase } from '../test/cluster.ts'
import { makeAnalysis, ODD_STRINGS } from '../test/fixtures.ts'
import { queryRows, type Store, type Tx } from './database.ts'
import { storeAnalysis } from './ingest.ts'
import { openStore } from './open-store.ts'
import { getArticle } from './queries/articles.ts'
import { CHARACTERS_PER_PART, stagedText, textParts } from './staged-text.ts'

describe('textParts', () => {
  it.each([
    { text: '', size: 4, parts: [''] },
    { text: 'abc', size: 4, parts: ['abc'] },
    { text: 'abcd', size: 4, parts: ['abcd'] },
    { text: 'abcdef', size: 4, parts: ['abcd', 'ef'] },
    { text: 'abcdefghi', size: 4, parts: ['abcd', 'efgh', 'i'] },
    // A pair of surrogates across a cut stays whole in the part before it.
    { text: 'abc😀def', size: 4, parts: ['abc😀', 'def'] },
    { text: 'abcd😀', size: 4, parts: ['abcd', '😀'] },
  ])('$text in parts of $size: $parts', ({ text, size, parts }) => {
    expect(textParts(text, size)).toEqual(parts)
  })
})

/** A sentence of a long article, with its speaker and statement. */
const UNIT = 'Ann Lee, the mayor, said the new bridge would open in the spring.\n\n'
const FILLER = 'The weather stayed mild for the whole week.\n\n'

/** `span` moved `by` characters on. */
const shifted = <Span extends { start: number; end: number } | null>(span: Span, by: number): Span =>
  (span === null ? null : { ...span, start: span.start + by, end: span.end + by }) as Span

/**
 * The analysis of UNIT repeated `count` times and FILLER after it up to `length` characters, made from the analysis
 * of one UNIT: an analysis of megabytes of JSON in a moment, where analyzing such a text takes minutes.
 */
function longAnalysis(count: number, length: number): Analysis {
  const unit = makeAnalysis(UNIT, {
    actors: [{ id: 'person:ann-lee', kind: 'person', names: ['Ann Lee'], role: 'mayor' }],
    statements: [
      { speaker: 'person:ann-lee', cue: 'said', content: 'the new bridge would open in the spring' },
    ],
  })
  const head = UNIT.repeat(count)
  const text = head + FILLER.repeat(Math.ceil((length - head.length) / FILLER.length))
  const at = Array.from({ length: count }, (_, i) => i * UNIT.length)
  return {
    ...unit,
    article: { ...unit.article, id: `a_${hashText(text)}`, text },
    actors: unit.actors.map((actor) => ({
      ...actor,
      mentions: at.flatMap((by) => actor.mentions.map((mention) => shifted(mention, by))),
    })),
    statements: at.flatMap((by, i) =>
      unit.statements.map((statement) => ({
        ...statement,
        id: `s_${hashText(`${text.length}:${i}:${statement.id}`)}`,
        source: shifted(statement.source, by),
        cue: shifted(statement.cue, by),
        content: shifted(statement.content, by),
      })),
    ),
  }
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex')

/** Stores a long article, and checks its stored text and the statements of its stored analysis. */
async function expectStoredWhole(store: Store) {
  const analysis = longAnalysis(12_000, 3 * CHARACTERS_PER_PART)
  // More than one part of each: the text and the analysis are staged.
  expect(analysis.article.text.length).toBeGreaterThan(2 * CHARACTERS_PER_PART)
  expect(JSON.stringify(analysis).length).toBeGreaterThan(2 * CHARACTERS_PER_PART)
  const { created, analysis: answered } = await storeAnalysis(store, analysis)
  expect(created).toBe(true)
  // The analysis column, written from JSON parts made as they are sent, reads back as the analysis stored.
  expect(await getArticle(store, analysis.article.id)).toEqual(answered)
  const [row] = await queryRows<{ digest: string; statements: number }>(
    store.db,
    sql`select md5(text) as digest, json_array_length(analysis->'statements') as statements
        from articles where id = ${analysis.article.id}`,
  )
  expect(row).toEqual({ digest: md5(analysis.article.text), statements: analysis.statements.length })
}

describe.each(testBackends())('stagedText on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
  }, 600_000)
  afterAll(() => dispose())

  it.each([
    { given: 'one part', parts: ['one part only'] },
    { given: 'no part', parts: [] },
    { given: 'odd strings', parts: ODD_STRINGS },
  ])('gives back $given joined', async ({ parts }) => {
    const joined = await store.db.transaction(async (tx) => {
      const [row] = await queryRows<{ joined: string }>(
        tx,
        sql`select ${await stagedText(tx, parts)} as joined`,
      )
      return row?.joined
    })
    expect(joined).toBe(parts.join(''))
  })

  it('asks for each part once the one before is sent', async () => {
    let statements = 0
    // The statements the transaction had run when each part was made.
    const madeAfter: number[] = []
    async function* parts() {
      for (const part of ['{"a":', '[1,', '"b"]}']) {
        madeAfter.push(statements)
        yield part
      }
    }
    const joined = await store.db.transaction(async (tx) => {
      const counted = Object.create(tx) as Tx
      counted.execute = ((query: Parameters<Tx['execute']>[0]) => {
        statements++
        return tx.execute(query)
      }) as Tx['execute']
      const [row] = await queryRows<{ joined: string }>(
        tx,
        sql`select ${await stagedText(counted, parts())} as joined`,
      )
      return row?.joined
    })
    expect(joined).toBe('{"a":[1,"b"]}')
    // The first part is held until a second tells one part from many; the third is made once the table is there
    // and the first two are in it.
    expect(madeAfter).toEqual([0, 0, 3])
  })

  it('keeps two values of one transaction apart, and joins JSON for a cast', async () => {
    const [row] = await store.db.transaction(async (tx) => {
      const first = await stagedText(tx, ['{"a":[1,', '"b"]}'])
      const second = await stagedText(tx, ['x', 'y', 'z'])
      return queryRows<{ value: unknown; text: string }>(
        tx,
        sql`select (${first})::json as value, ${second} as text`,
      )
    })
    expect(row).toEqual({ value: { a: [1, 'b'] }, text: 'xyz' })
  })

  it("stores a long article's text and analysis whole", async () => {
    await expectStoredWhole(store)
  })
})

/**
 * A TCP proxy in front of the PostgreSQL server at `target` that records the length of every message its clients
 * send (after the start-up message: a type byte and a 4-byte length that counts itself).
 */
async function startRecordingProxy(
  target: URL,
): Promise<{ port: number; lengths: number[]; server: Server }> {
  const lengths: number[] = []
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname)
    upstream.pipe(client)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
    let header = Buffer.alloc(0)
    let skip = 0
    let first = true
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk)
      for (let at = 0; at < chunk.length; ) {
        if (skip > 0) {
          const taken = Math.min(skip, chunk.length - at)
          skip -= taken
          at += taken
          continue
        }
        const need = first ? 4 : 5
        const taken = Math.min(need - header.length, chunk.length - at)
        header = Buffer.concat([header, chunk.subarray(at, at + taken)])
        at += taken
        if (header.length < need) break
        const length = header.readUInt32BE(need - 4)
        lengths.push(length)
        skip = length - 4
        header = Buffer.alloc(0)
        first = false
      }
    })
    client.on('close', () => upstream.end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return { port: typeof address === 'object' && address ? address.port : 0, lengths, server }
}

describe.skipIf(!inject('databaseUrl'))('a long article on PostgreSQL', () => {
  it('goes to the server in messages of a part or so each, none of the whole text or analysis', async () => {
    const database = await createTestDatabase(inject('databaseUrl'))
    const proxy = await startRecordingProxy(new URL(database.url))
    const url = new URL(database.url)
    url.port = String(proxy.port)
    const store = await openStore({ databaseUrl: url.toString() })
    try {
      proxy.lengths.length = 0
      await expectStoredWhole(store)
      // A part of ASCII text is a megabyte of bytes; the statements' rows go 500 to an INSERT.
      expect(Math.max(...proxy.lengths)).toBeLessThan(1.5 * CHARACTERS_PER_PART)
    } finally {
      await store.close()
      proxy.server.close()
      await database.drop()
    }
  })
})
