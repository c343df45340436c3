// The pool of analysis threads: the same analysis as inline, limits that stop a thread, and a pool that goes on.
import { readFileSync } from 'node:fs'
import { analyze } from '@whosaid/core'
import { afterEach, describe, expect, it } from 'vitest'
import { AnalysisLimitError } from './analysis-limit.ts'
import { type AnalysisPool, createAnalysisPool } from './analysis-pool.ts'

const SEED = readFileSync(new URL('../../../seeds/000_b304420120629e83.txt', import.meta.url), 'utf8')
/** A text of many megabytes: the seed's body over and over. */
const HUGE = `${SEED}\n\n${SEED.repeat(2000)}`

describe('the analysis pool', () => {
  let pool: AnalysisPool | undefined
  afterEach(async () => {
    await pool?.close()
  })

  it.each([
    { name: 'an article', text: SEED, options: { source: 'BBC' } },
    { name: 'an empty text', text: '', options: {} },
    { name: 'a text without names or quotes', text: 'it rained all day.', options: {} },
  ])('gives the same analysis as core inline for $name', async ({ text, options }) => {
    pool = createAnalysisPool({ threads: 1 })
    expect(await pool.analyze(text, options)).toEqual(analyze(text, options))
  })

  it.each([
    // Limits far below what the huge text needs (seconds; a gigabyte, where loading core alone takes tens of MB), so
    // that the outcome does not depend on the machine's speed.
    { name: 'time', options: { timeLimitMs: 1 } },
    { name: 'memory', options: { memoryLimitMb: 8 } },
  ] as const)('stops an analysis over its $name limit', async ({ name, options }) => {
    pool = createAnalysisPool({ threads: 1, ...options })
    const stopped = pool.analyze(HUGE)
    await expect(stopped).rejects.toBeInstanceOf(AnalysisLimitError)
    await expect(stopped).rejects.toMatchObject({ limit: name })
  })

  it('analyzes texts on several threads at once, each answer for its own text', async () => {
    pool = createAnalysisPool({ threads: 2 })
    const texts = [SEED, 'Paris: the minister said it was over.', SEED.toUpperCase()]
    const analyses = await Promise.all(texts.map((text) => pool?.analyze(text)))
    expect(analyses.map((analysis) => analysis?.article.text)).toEqual(texts)
  })

  it('refuses analyses once closed', async () => {
    pool = createAnalysisPool()
    await pool.close()
    await expect(pool.analyze(SEED)).rejects.toThrow('closed')
  })
})
