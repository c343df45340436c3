import { createTestDatabase } from '@whosaid/store/testing'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveQueueTestDatabase } from '../testing/queue-testing.ts'
import { openJobQueue } from './job-queue.ts'
import { queueConnectOptions } from './queue-jit.ts'

describe('queueConnectOptions', () => {
  it.each([
    { url: 'postgres://me@db.local:5432/whosaid', options: '-c jit=off' },
    { url: 'postgres://me@db.local/whosaid?sslmode=require', options: '-c jit=off' },
    { url: 'postgres://me@/whosaid?host=/run/postgresql', options: '-c jit=off' },
    { url: 'postgres://me@db.local/whosaid?jit=on', options: '-c jit=on' },
    { url: 'postgres://me@db.local/whosaid?sslmode=require&jit=off', options: '-c jit=off' },
    { url: 'postgres://me@db.local/whosaid?jit=', options: undefined },
    { url: 'postgres://me@db.local/whosaid?jit=not%20sure', options: '-c jit=not\\ sure' },
    { url: 'postgres://me@db.local/whosaid?jitter=on', options: '-c jit=off' },
  ])('$url sends $options', ({ url, options }) => {
    expect(queueConnectOptions(url)).toBe(options)
  })
})

const cluster = await resolveQueueTestDatabase()
const adminUrl = cluster.databaseUrl

describe.skipIf(!adminUrl)("the queue's connections on PostgreSQL", () => {
  afterAll(() => cluster.stop())

  it.each([
    { query: '', jit: 'off' },
    { query: '?jit=on', jit: 'on' },
  ])('run with jit $jit given "$query"', async ({ query, jit }) => {
    const database = await createTestDatabase(adminUrl as string)
    try {
      const queue = await openJobQueue(`${database.url}${query}`, { supervise: false })
      try {
        const { rows } = await queue.boss.getDb().executeSql("select current_setting('jit') as jit")
        expect(rows).toEqual([{ jit }])
      } finally {
        await queue.close()
      }
    } finally {
      await database.drop()
    }
  })
})
