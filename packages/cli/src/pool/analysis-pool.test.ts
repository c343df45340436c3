import { analyze } from '@whosaid/core'
import { afterAll, describe, expect, it } from 'vitest'
import { createAnalysisPool } from './analysis-pool.ts'

const TEXTS = [1, 2, 3, 4].map(
  (n) =>
    `Minister ${n} rejects the plan\n\nAnn Smith, the finance minister, said on Monday that plan ${n} was a mistake.\n`,
)

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
    await expect(closed.analyze(TEXTS[0] as string)).rejects.toMatchObject({ code: 'failed' })
  })
})
