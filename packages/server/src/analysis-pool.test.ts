// The pool of analysis threads: the same analysis as inline, limits that stop a thread, errors of the caller's type.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { analyze } from '@whosaid/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ITEMS_PER_PART } from './analysis-parts.ts'
import { type AnalysisFailure, type AnalysisPool, createAnalysisPool } from './analysis-pool.ts'
import { readJson } from './json-read.ts'

const SEED = readFileSync(new URL('../../../seeds/000_b304420120629e83.txt', import.meta.url), 'utf8')
/** A text of many megabytes: the seed's body over and over. */
const HUGE = `${SEED}\n\n${SEED.repeat(2000)}`

/** An error of the caller's own type, carrying the failure it was made from. */
class PoolFailure extends Error {
  readonly failure: AnalysisFailure
  constructor(failure: AnalysisFailure) {
    super(failure.message)
    this.failure = failure
  }
}

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

  it('gives the same analysis as core inline for a long article, sent in parts', async () => {
    pool = createAnalysisPool({ threads: 1 })
    const text = Array.from(
      { length: 1_200 },
      (_, i) => `Ann Lee said on day ${i} that the plan for district ${i} would work.`,
    ).join('\n\n')
    const inline = analyze(text)
    expect(inline.statements.length).toBeGreaterThan(4 * ITEMS_PER_PART)
    expect(JSON.stringify(await pool.analyze(text))).toBe(JSON.stringify(inline))
  })

  it('reads a JSON body on a thread as readJson does inline, and analyzes on that thread after it', async () => {
    pool = createAnalysisPool({ threads: 1 })
    const body = JSON.stringify({ text: SEED, source: 'BBC' })
    const bytes = new TextEncoder().encode(body).buffer
    const [read, broken] = await Promise.all([
      pool.readJson(bytes),
      pool.readJson(new TextEncoder().encode('{"text": ').buffer),
    ])
    // Moved to the thread, not copied.
    expect(bytes.byteLength).toBe(0)
    expect(read).toEqual(readJson(body))
    expect(read).toMatchObject({ textId: analyze(SEED).article.id })
    expect(broken).toEqual({ malformed: expect.any(String) })
    expect(await pool.analyze(SEED)).toEqual(analyze(SEED))
  })

  it.each([
    { name: 'an article', text: SEED, options: { source: 'BBC' } },
    { name: 'an empty text', text: '', options: {} },
    {
      name: 'a long text',
      text: Array.from(
        { length: 1_200 },
        (_, i) => `Cy Ho said on day ${i} that bridge ${i} had to close.`,
      ).join('\n\n'),
      options: {},
    },
  ])(
    'answers the JSON bytes of the analysis core makes inline for $name, then analyzes on',
    async ({ text, options }) => {
      // A time limit far above what a loaded machine needs: only a hang fails.
      pool = createAnalysisPool({ threads: 1, timeLimitMs: 600_000 })
      const bytes = await pool.analyzeJson(text, options)
      expect(bytes).toBeInstanceOf(Uint8Array)
      expect(new TextDecoder().decode(bytes)).toBe(JSON.stringify(analyze(text, options)))
      // The thread is free again, and answers both kinds of task after it.
      expect(await pool.analyze(SEED)).toEqual(analyze(SEED))
    },
  )

  it('rejects analyzeJson with the time limit as analyze', async () => {
    pool = createAnalysisPool({ threads: 1, timeLimitMs: 1, toError: (found) => new PoolFailure(found) })
    await expect(pool.analyzeJson(HUGE)).rejects.toMatchObject({ failure: { reason: 'time' } })
  })

  it('answers texts after a long analysis on the thread that made it, which it does not end', async () => {
    // A thread ended after a long analysis handed its heap's pages to the server's thread to unmap, in one stop.
    const ended = vi.spyOn(Worker.prototype, 'terminate')
    pool = createAnalysisPool({ threads: 1 })
    const long = Array.from(
      { length: 1_200 },
      (_, i) => `Bo Tan said on day ${i} that road ${i} was shut.`,
    ).join('\n\n')
    const texts = [long, SEED, long.toUpperCase(), 'Paris: the minister said it was over.']
    const analyses = await Promise.all(texts.map((text) => pool?.analyze(text)))
    expect(analyses.map((analysis) => JSON.stringify(analysis))).toEqual(
      texts.map((text) => JSON.stringify(analyze(text))),
    )
    expect(ended).not.toHaveBeenCalled()
    ended.mockRestore()
  })

  it('keeps its process alive while a long analysis comes in parts, and lets it end when idle', () => {
    // Was exit 13 ("unsettled top-level await") with no count printed: once the first part came, only the
    // unref'd thread was left, and a process with nothing else to do (the CLI's ingest) ended mid-analysis.
    const fixture = fileURLToPath(new URL('./analysis-pool-alive.fixture.ts', import.meta.url))
    const run = spawnSync(process.execPath, [fixture], { encoding: 'utf8', timeout: 600_000 })
    expect({ status: run.status, stdout: run.stdout.trim() }).toEqual({
      status: 0,
      stdout: expect.stringMatching(/^statements \d+$/),
    })
  })

  it('answers what analyze answers, for more texts than threads at once', async () => {
    pool = createAnalysisPool({ threads: 2 })
    const texts = [1, 2, 3, 4].map(
      (n) =>
        `Minister ${n} rejects the plan\n\nAnn Smith, the finance minister, said on Monday that plan ${n} was a mistake.\n`,
    )
    const analyses = await Promise.all(texts.map((text) => pool?.analyze(text, { source: 'Wire' })))
    expect(analyses).toEqual(texts.map((text) => analyze(text, { source: 'Wire' })))
  })

  it('analyzes texts on several threads at once, each answer for its own text', async () => {
    pool = createAnalysisPool({ threads: 2 })
    const texts = [SEED, 'Paris: the minister said it was over.', SEED.toUpperCase()]
    const analyses = await Promise.all(texts.map((text) => pool?.analyze(text)))
    expect(analyses.map((analysis) => analysis?.article.text)).toEqual(texts)
  })

  it.each([
    // Limits far below what the huge text needs (seconds; a gigabyte, where loading core alone takes tens of MB), so
    // that the outcome does not depend on the machine's speed.
    { name: 'time', options: { timeLimitMs: 1 }, failure: { reason: 'time', timeLimitMs: 1 } },
    { name: 'memory', options: { memoryLimitMb: 8 }, failure: { reason: 'memory', memoryLimitMb: 8 } },
  ] as const)('stops an analysis over its $name limit', async ({ options, failure }) => {
    pool = createAnalysisPool({ threads: 1, ...options, toError: (found) => new PoolFailure(found) })
    const stopped = pool.analyze(HUGE)
    await expect(stopped).rejects.toBeInstanceOf(PoolFailure)
    await expect(stopped).rejects.toMatchObject({ failure })
  })

  it('replaces a thread stopped at its limit: the next analysis gets a new thread and is judged, not left waiting', async () => {
    // 1 ms is less than a new thread takes to load core, so both meet the limit: the second is not left waiting.
    pool = createAnalysisPool({ threads: 1, timeLimitMs: 1 })
    await expect(pool.analyze(HUGE)).rejects.toThrow('time limit')
    await expect(pool.analyze('it rained all day.')).rejects.toThrow('time limit')
  })

  it.each([
    { name: 'the default Error', toError: undefined, type: Error },
    {
      name: "the caller's error",
      toError: (failure: AnalysisFailure) => new PoolFailure(failure),
      type: PoolFailure,
    },
  ])('refuses analyses once closed, with $name', async ({ toError, type }) => {
    pool = createAnalysisPool({ threads: 1, toError })
    await pool.close()
    const refused = pool.analyze(SEED)
    await expect(refused).rejects.toBeInstanceOf(type)
    await expect(refused).rejects.toThrow('the analysis pool is closed')
  })

  it('rejects the analyses waiting for a thread when it closes', async () => {
    pool = createAnalysisPool({ threads: 1, toError: (failure) => new PoolFailure(failure) })
    const closed = { failure: { reason: 'closed' } }
    const dropped = [pool.analyze(HUGE), pool.analyze(SEED)].map((analysis) =>
      expect(analysis).rejects.toMatchObject(closed),
    )
    await pool.close()
    await Promise.all(dropped)
  })
})
