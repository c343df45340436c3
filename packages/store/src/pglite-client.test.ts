// The embedded database on its own thread: results, errors with PostgreSQL's fields, transactions that nothing
// interleaves, and a thread that ends (on close, or by a crash) without leaving a query waiting.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isUnavailable, StoreError } from './errors.ts'
import { openStore } from './open-store.ts'
import { type PgliteThreadClient, startPgliteThread } from './pglite-client.ts'
import { LONG_TEXT } from './pglite-params.ts'

/** A query that runs for minutes in PGlite: only ending the thread ends it. */
const ENDLESS = 'select count(*) from generate_series(1, 2000000000) a, generate_series(1, 1000) b'

describe('the embedded database on its thread', () => {
  let client: PgliteThreadClient
  beforeAll(async () => {
    client = await startPgliteThread(null)
    await client.query('create table pairs (id int primary key, word text, at timestamptz)')
  })
  afterAll(() => client?.close())

  it('answers rows as objects or arrays, keeping the text of the types whose parsers keep it', async () => {
    await client.query('insert into pairs values (1, $1, $2)', ['één', '2024-05-02T10:00:00Z'])
    const keep = (value: string) => value
    const objects = await client.query('select id, word, at from pairs where id = 1', [], {
      parsers: { 1184: keep },
    })
    expect(objects.rows).toEqual([{ id: 1, word: 'één', at: '2024-05-02 10:00:00+00' }])
    const arrays = await client.query('select id, at from pairs where id = 1', [], { rowMode: 'array' })
    expect(arrays.rows).toEqual([[1, new Date('2024-05-02T10:00:00Z')]])
  })

  it('takes a long text parameter (sent as bytes), in the order the queries were asked for', async () => {
    const long = `${'één ’ \u{1F600} '.repeat(LONG_TEXT / 4)}end`
    // Not awaited in between: the short query asked after the long one runs after it.
    const written = client.query('insert into pairs values (2, $1, null)', [long])
    const read = client.query<{ n: number }>('select length(word) as n from pairs where id = 2')
    await written
    expect((await read).rows).toEqual([{ n: [...long].length }])
    const bytes = await client.queryBytes('select $1::text = word from pairs where id = 2', [long])
    expect(new TextDecoder().decode(bytes[0]?.[0] ?? new Uint8Array())).toBe('t')
    await client.query('delete from pairs where id = 2')
  })

  it('refuses a parser that does not keep the text (a function cannot cross the thread)', async () => {
    await expect(
      client.query('select 1', [], { parsers: { 23: (value: string) => Number(value) } }),
    ).rejects.toThrow(TypeError)
  })

  it('answers bytes: each value as the UTF-8 of its text, null for NULL', async () => {
    const rows = await client.queryBytes("select 'één'::text, 12::int, null::text", [])
    expect(
      rows.map((row) => row.map((value) => (value === null ? null : new TextDecoder().decode(value)))),
    ).toEqual([['één', '12', null]])
  })

  it('rejects a unique violation with its code, constraint and detail', async () => {
    await client.query('insert into pairs (id, word) values (2, $1)', ['kept'])
    await expect(
      client.query('insert into pairs (id, word) values (2, $1)', ['again']),
    ).rejects.toMatchObject({
      code: '23505',
      constraint: 'pairs_pkey',
      detail: 'Key (id)=(2) already exists.',
      table: 'pairs',
    })
  })

  it('runs nothing else between BEGIN and COMMIT: a query sent meanwhile sees the committed rows', async () => {
    let outside: Promise<unknown> | undefined
    await client.transaction(async (tx) => {
      await tx.query('insert into pairs (id, word) values (10, $1)', ['first'])
      outside = client.query('select count(*)::int as n from pairs where id >= 10')
      await tx.query('insert into pairs (id, word) values (11, $1)', ['second'])
    })
    expect(await outside).toMatchObject({ rows: [{ n: 2 }] })
  })

  it('rolls back when the transaction throws, and rejects with that error', async () => {
    const thrown = new Error('changed my mind')
    await expect(
      client.transaction(async (tx) => {
        await tx.query('insert into pairs (id, word) values (20, $1)', ['gone'])
        throw thrown
      }),
    ).rejects.toBe(thrown)
    expect((await client.query('select id from pairs where id = 20')).rows).toEqual([])
  })

  it('refuses a query on a transaction that has ended', async () => {
    let kept: Parameters<Parameters<PgliteThreadClient['transaction']>[0]>[0] | undefined
    await client.transaction(async (tx) => {
      kept = tx
    })
    await expect(kept?.query('select 1')).rejects.toThrow('Transaction is closed')
  })
})

describe('the embedded store through Drizzle', () => {
  it.each([
    { where: 'on a thread of its own', thread: true },
    { where: "on the caller's thread", thread: false },
  ])(
    'keeps nested transactions as savepoints and PostgreSQL codes on the error Drizzle throws, $where',
    async ({ thread }) => {
      const store = await openStore({ dataDir: ':memory:', migrate: false, thread })
      try {
        await store.db.execute(sql`create table notes (id int primary key)`)
        await store.db.transaction(async (tx) => {
          await tx.execute(sql`insert into notes values (1)`)
          await tx
            .transaction(async (inner) => {
              await inner.execute(sql`insert into notes values (2)`)
              await inner.execute(sql`insert into notes values (1)`)
            })
            .catch(() => {})
        })
        const result = (await store.db.execute(sql`select id from notes order by id`)) as { rows: unknown[] }
        expect(result.rows).toEqual([{ id: 1 }])
        const duplicate = await store.db.execute(sql`insert into notes values (1)`).then(
          () => undefined,
          (error: unknown) => error,
        )
        expect(duplicate).toMatchObject({ cause: { code: '23505', constraint: 'notes_pkey' } })
        expect(isUnavailable(duplicate)).toBe(false)
      } finally {
        await store.close()
      }
    },
  )
})

describe('the end of the thread', () => {
  it('ends on close, and a query after close rejects as unavailable, saying the database is closed', async () => {
    const client = await startPgliteThread(null)
    await client.close()
    expect(client.thread.threadId).toBe(-1)
    const after = client.query('select 1')
    await expect(after).rejects.toBeInstanceOf(StoreError)
    await expect(after).rejects.toMatchObject({
      code: 'unavailable',
      message: 'the embedded database is closed',
    })
    await client.close() // twice is harmless
  })

  it('rejects the queries still waiting when the thread dies, as unavailable', async () => {
    const client = await startPgliteThread(null)
    const running = client.query(ENDLESS)
    const waiting = client.query('select 1')
    await client.thread.terminate()
    for (const query of [running, waiting])
      await expect(query).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringMatching(/thread stopped/),
      })
    await expect(client.query('select 1')).rejects.toMatchObject({ code: 'unavailable' })
    await client.close()
  })

  it.each([
    { name: 'closed', close: true, flags: [] },
    { name: 'left open while idle', close: false, flags: [] },
    // npm start runs the API so; a worker given V8's flags explicitly refuses to start.
    {
      name: 'closed, in a process given a V8 flag',
      close: true,
      flags: ['--scavenger-max-new-space-capacity-mb=8'],
    },
  ])('does not keep a process alive once its store is $name', async ({ close, flags }) => {
    const openStoreUrl = new URL('./open-store.ts', import.meta.url).href
    const script = [
      `const { openStore } = await import(${JSON.stringify(openStoreUrl)})`,
      `const store = await openStore({ dataDir: ':memory:', migrate: false, thread: true })`,
      `console.log((await store.queryBytes('select 41 + 1', [])).length)`,
      close ? 'await store.close()' : '',
    ].join('\n')
    const child = spawn(process.execPath, [...flags, '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect({ code, output: output.trim() }).toEqual({ code: 0, output: '1' })
  })
})

describe('busySince', () => {
  it('tells when the oldest waiting request was sent, and nothing once none waits', async () => {
    const client = await startPgliteThread(null)
    try {
      expect(client.busySince()).toBeUndefined()
      const before = Date.now()
      const running = client.query('select count(*) from generate_series(1, 200000)')
      const since = client.busySince()
      expect(since).toBeGreaterThanOrEqual(before)
      expect(since).toBeLessThanOrEqual(Date.now())
      await running
      expect(client.busySince()).toBeUndefined()
    } finally {
      await client.close()
    }
  })

  it('counts an open transaction as busy between its queries, from when it began until it ends', async () => {
    const client = await startPgliteThread(null)
    try {
      const before = Date.now()
      let between: number | undefined
      await client.transaction(async (tx) => {
        await tx.query('select 1')
        // No request of the transaction is on the thread now, yet a query from outside would wait for it.
        between = client.busySince()
        await tx.query('select 2')
      })
      expect(between).toBeGreaterThanOrEqual(before)
      expect(client.busySince()).toBeUndefined()
      await expect(client.transaction(async () => Promise.reject(new Error('stop')))).rejects.toThrow('stop')
      expect(client.busySince()).toBeUndefined()
    } finally {
      await client.close()
    }
  })

  it('counts a database that keeps answering as busy only since its latest answer', async () => {
    const client = await startPgliteThread(null)
    try {
      const began = Date.now()
      let sent = began
      let since: number | undefined
      await client.transaction(async (tx) => {
        await tx.query('select 1')
        // A later millisecond than the transaction's start, so that the two readings below can differ.
        while (sent === began) {
          await new Promise((resolve) => setTimeout(resolve, 1))
          sent = Date.now()
        }
        await tx.query('select 2')
        since = client.busySince()
      })
      // Not the transaction's start: its second query, sent later, was answered.
      expect(since).toBeGreaterThanOrEqual(sent)
      expect(since).toBeLessThanOrEqual(Date.now())
    } finally {
      await client.close()
    }
  })
})
