import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { sql } from 'drizzle-orm'
import postgres from 'postgres'
import { describe, expect, inject, it } from 'vitest'
import { queryRows } from './database.ts'
import { openPostgresStore, socketOf } from './open-postgres.ts'

describe('socketOf', () => {
  it.each([
    { given: 'postgres://me@127.0.0.1:5433/db', url: 'postgres://me@127.0.0.1:5433/db', path: undefined },
    {
      given: 'postgres://me@/db?host=/var/run/postgresql',
      url: 'postgres://me@localhost/db',
      path: '/var/run/postgresql/.s.PGSQL.5432',
    },
    {
      given: 'postgres://me:pw@db.local:6543/db?host=/tmp/pg/&sslmode=disable',
      url: 'postgres://me:pw@db.local/db?sslmode=disable',
      path: '/tmp/pg/.s.PGSQL.6543',
    },
    {
      given: 'postgres://me@:5433/db?host=%2Frun',
      url: 'postgres://me@localhost/db',
      path: '/run/.s.PGSQL.5433',
    },
    { given: 'postgresql://?host=/run', url: 'postgresql://localhost', path: '/run/.s.PGSQL.5432' },
    {
      given: 'postgres://me@/db?host=/run&port=5433&application_name=x',
      url: 'postgres://me@localhost/db?application_name=x',
      path: '/run/.s.PGSQL.5433',
    },
    {
      given: 'postgres://me@/db?host=db.internal',
      url: 'postgres://me@/db?host=db.internal',
      path: undefined,
    },
    { given: 'not a url', url: 'not a url', path: undefined },
  ])('$given', ({ given, url, path }) => {
    expect(socketOf(given)).toEqual(path ? { url, path } : { url })
  })
})

describe.skipIf(!inject('databaseUrl'))('openPostgresStore through a Unix socket', () => {
  it('reaches the same server by the socket directory it reports', async () => {
    const overTcp = openPostgresStore(inject('databaseUrl'))
    try {
      const [row] = await queryRows<{ dirs: string }>(
        overTcp.db,
        sql`select current_setting('unix_socket_directories') as dirs`,
      )
      // As with libpq, `host` wins over the URL's host name; the port names the socket.
      const url = new URL(inject('databaseUrl'))
      url.searchParams.set('host', row?.dirs.split(',')[0]?.trim() ?? '')
      const overSocket = openPostgresStore(url.toString(), { connectTimeout: 2 })
      try {
        const [seen] = await queryRows<{ client: string | null }>(
          overSocket.db,
          sql`select inet_client_addr()::text as client`,
        )
        // A Unix-socket client has no address.
        expect(seen).toMatchObject({ client: null })
      } finally {
        await overSocket.close()
      }
    } finally {
      await overTcp.close()
    }
  })
})

describe.skipIf(!inject('databaseUrl'))('openPostgresStore and JIT compilation', () => {
  /** The `jit` setting a store's connection to `url` runs with. */
  async function jitOf(url: string, jitOff?: boolean): Promise<string | undefined> {
    const store = openPostgresStore(url, { connectTimeout: 2, ...(jitOff === undefined ? {} : { jitOff }) })
    try {
      const [row] = await queryRows<{ jit: string }>(store.db, sql`select current_setting('jit') as jit`)
      return row?.jit
    } finally {
      await store.close()
    }
  }

  it.each([
    { given: 'no parameter', query: '', jit: 'off' },
    { given: 'jit=on', query: '?jit=on', jit: 'on' },
    { given: 'jit=off and another parameter', query: '?application_name=probe&jit=off', jit: 'off' },
  ])('runs its queries with jit $jit given $given in the URL', async ({ query, jit }) => {
    expect(await jitOf(`${inject('databaseUrl')}${query}`)).toBe(jit)
  })

  it("keeps the server's own setting given an empty `jit=` in the URL, or jitOff false (the Worker's)", async () => {
    const plain = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} })
    try {
      const [row] = await plain<{ jit: string }[]>`select current_setting('jit') as jit`
      expect(await jitOf(`${inject('databaseUrl')}?jit=`)).toBe(row?.jit)
      expect(await jitOf(inject('databaseUrl'), false)).toBe(row?.jit)
    } finally {
      await plain.end()
    }
  })
})

describe('postgres.js as installed', () => {
  it('has the patch in patches/ that lets a settled query be collected young', async () => {
    const client = postgres('postgres://nobody@127.0.0.1:1/none', { max: 1 })
    // A query runs only once awaited: this one never connects.
    const query = client.unsafe('select 1')
    // Patched, a query settles through methods; unpatched, through closures made for each query.
    expect(Object.hasOwn(query, 'resolve')).toBe(false)
    expect(Object.hasOwn(query, 'reject')).toBe(false)
    expect(typeof (query as unknown as { resolve: unknown }).resolve).toBe('function')
    await client.end()
  })
  it.each(['src', 'cjs/src', 'cf/src'])(
    'keeps its queue first in, first out when it drops spent slots, in %s (patched)',
    async (folder) => {
      const root = join(dirname(createRequire(import.meta.url).resolve('postgres')), '..', '..')
      const { default: Queue } = (await import(pathToFileURL(join(root, folder, 'queue.js')).href)) as {
        default: () => { push(x: number): number; shift(): number; length: number }
      }
      // A queue that never empties, as a connection's pipeline under steady load: 30 waiting at a time.
      const queue = Queue()
      const taken: number[] = []
      for (let i = 0; i < 30; i++) queue.push(i)
      for (let i = 30; i < 10_000; i++) {
        queue.push(i)
        taken.push(queue.shift())
      }
      while (queue.length > 0) taken.push(queue.shift())
      expect(taken).toEqual(Array.from({ length: 10_000 }, (_, i) => i))
      const source = readFileSync(join(root, folder, 'queue.js'), 'utf8')
      expect(source).toContain('xs = xs.slice(index)')
    },
  )
})
