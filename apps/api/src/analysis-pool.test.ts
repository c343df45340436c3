// The API's pool of analysis threads: core's analysis with the API's defaults, and the limits as the errors the API
// answers 422 (the pool itself is tested in @whosaid/server).
import { readFileSync } from 'node:fs'
import type { WorkerOptions } from 'node:worker_threads'
import { analyze } from '@whosaid/core'
import { YOUNG_GENERATION_MB } from '@whosaid/server/analysis-pool'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AnalysisLimitError } from './analysis-limit.ts'
import { type AnalysisPool, createAnalysisPool } from './analysis-pool.ts'

/** The options each analysis thread was started with: Worker, seen through a subclass that keeps them. */
const started = vi.hoisted(() => [] as (WorkerOptions | undefined)[])
vi.mock('node:worker_threads', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:worker_threads')>()
  class Worker extends original.Worker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options)
      started.push(options)
    }
  }
  return { ...original, Worker }
})

const SEED = readFileSync(new URL('../../../seeds/000_b304420120629e83.txt', import.meta.url), 'utf8')
/** A text of many megabytes: the seed's body over and over. */
const HUGE = `${SEED}\n\n${SEED.repeat(2000)}`

describe('the API analysis pool', () => {
  let pool: AnalysisPool | undefined
  afterEach(async () => {
    await pool?.close()
  })

  it('gives the same analysis as core inline, with the default options', async () => {
    pool = createAnalysisPool()
    expect(await pool.analyze(SEED, { source: 'BBC' })).toEqual(analyze(SEED, { source: 'BBC' }))
  })

  it.each([
    // Limits far below what the huge text needs (seconds; a gigabyte, where loading core alone takes tens of MB), so
    // that the outcome does not depend on the machine's speed.
    { name: 'time', options: { timeLimitMs: 1 }, detail: 'The analysis went over its time limit of 1 ms.' },
    {
      name: 'memory',
      options: { memoryLimitMb: 8 },
      detail: 'The analysis went over its memory limit of 8 MB.',
    },
  ] as const)(
    'stops an analysis over its $name limit with an AnalysisLimitError',
    async ({ name, options, detail }) => {
      pool = createAnalysisPool({ threads: 1, ...options })
      const stopped = pool.analyze(HUGE)
      await expect(stopped).rejects.toBeInstanceOf(AnalysisLimitError)
      await expect(stopped).rejects.toMatchObject({ limit: name, message: detail })
    },
  )

  it("starts its threads with the shared young generation cap, as the CLI's", async () => {
    started.length = 0
    pool = createAnalysisPool({ threads: 1 })
    await pool.analyze(SEED)
    expect(started).toHaveLength(1)
    expect(started[0]?.resourceLimits).toMatchObject({
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      maxOldGenerationSizeMb: 2048,
    })
  })

  it('refuses analyses once closed', async () => {
    pool = createAnalysisPool()
    await pool.close()
    await expect(pool.analyze(SEED)).rejects.toThrow('closed')
  })
})
