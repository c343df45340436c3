// The API's pool of analysis threads: core's analysis with the API's defaults, and the limits as the errors the API
// answers 422 (the pool itself is tested in @whosaid/server).
import { readFileSync } from 'node:fs'
import { analyze } from '@whosaid/core'
import { afterEach, describe, expect, it } from 'vitest'
import { AnalysisLimitError } from './analysis-limit.ts'
import { type AnalysisPool, createAnalysisPool } from './analysis-pool.ts'

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

  it('refuses analyses once closed', async () => {
    pool = createAnalysisPool()
    await pool.close()
    await expect(pool.analyze(SEED)).rejects.toThrow('closed')
  })
})
