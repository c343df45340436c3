import { readFileSync } from 'node:fs'
import { analyze } from '@whosaid/core'
import { afterAll, describe, expect, it } from 'vitest'
import { analysisMemoryLimitMb, analysisTimeLimitMs, createAnalysisPool } from './analysis-pool.ts'

const TEXTS = [1, 2, 3, 4].map(
  (n) =>
    `Minister ${n} rejects the plan\n\nAnn Smith, the finance minister, said on Monday that plan ${n} was a mistake.\n`,
)
const SEED = readFileSync(new URL('../../../../seeds/000_b304420120629e83.txt', import.meta.url), 'utf8')

describe('analysisTimeLimitMs', () => {
  it.each([
    [1_000, 120_000],
    [5_242_880, 180_000],
    [50_000_000, 1_500_000],
    [1_000_000_000, 30_000_000],
    [999_999_999_999_999, 2 ** 31 - 1],
  ])('inputs up to %i bytes get %i ms', (maxBytes, limit) => {
    expect(analysisTimeLimitMs(maxBytes)).toBe(limit)
  })
})

describe('analysisMemoryLimitMb', () => {
  it.each([
    [1_000, 2048],
    [5_242_880, 2048],
    [50_000_000, 5000],
    [1_000_000_000, 100_000],
  ])('inputs up to %i bytes get %i MB', (maxBytes, limit) => {
    expect(analysisMemoryLimitMb(maxBytes)).toBe(limit)
  })
})

describe('the analysis pool', () => {
  const pool = createAnalysisPool({ threads: 2 })
  afterAll(() => pool.close())

  it('answers what analyze answers, for more texts than threads at once', async () => {
    const analyses = await Promise.all(TEXTS.map((text) => pool.analyze(text, { source: 'Wire' })))
    expect(analyses).toEqual(TEXTS.map((text) => analyze(text, { source: 'Wire' })))
  })

  it('refuses work once closed', async () => {
    const closed = createAnalysisPool({ threads: 1 })
    await closed.close()
    await expect(closed.analyze(TEXTS[0] as string)).rejects.toMatchObject({
      code: 'failed',
      message: 'the analysis pool is closed',
    })
  })

  // 1 ms is far below what a text of megabytes needs, and 8 MB of old generation cannot hold the models, whatever
  // the machine.
  it.each([
    ['past its time limit', { timeLimitMs: 1 }, 'the analysis took longer than 0.001 s'],
    ['over its memory limit', { memoryLimitMb: 8 }, 'the analysis went over its memory limit of 8 MB'],
  ])('fails an analysis %s with a one-line CliError', async (_, limit, message) => {
    const limited = createAnalysisPool({ threads: 1, ...limit })
    try {
      await expect(limited.analyze(SEED.repeat(500))).rejects.toMatchObject({
        name: 'CliError',
        code: 'failed',
        message,
      })
    } finally {
      await limited.close()
    }
  })
})
