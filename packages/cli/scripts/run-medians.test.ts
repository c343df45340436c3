import { describe, expect, it } from 'vitest'
import { configurationMedians, type RunRate } from './run-medians.ts'

/** A run of WORKERSxTHREADS at concurrency 4 (or cN), at `rate` articles/s. */
function run(shape: string, rate: number, cpuMs?: { workers: number; postgres: number }): RunRate {
  const [, workers, threads, concurrency] = /^(\d)x(\d)(?:c(\d))?$/.exec(shape) as RegExpExecArray
  return {
    workers: Number(workers),
    threads: Number(threads),
    concurrency: Number(concurrency ?? 4),
    rate,
    cpuMs,
  }
}

describe('configurationMedians', () => {
  it.each([
    {
      name: 'three alternating runs of 1x1 and 2x1: medians and their ratio',
      runs: [run('1x1', 2), run('2x1', 3.5), run('1x1', 10), run('2x1', 3), run('1x1', 2.5), run('2x1', 4)],
      expected: [
        { shape: '1x1', runs: 3, rate: 2.5, vsOneWorker: 1 },
        { shape: '2x1', runs: 3, rate: 3.5, vsOneWorker: 1.4 },
      ],
    },
    {
      name: 'an even number of runs: the mean of the middle two',
      runs: [run('1x1', 2), run('1x1', 4), run('2x1', 6), run('2x1', 9)],
      expected: [
        { shape: '1x1', runs: 2, rate: 3, vsOneWorker: 1 },
        { shape: '2x1', runs: 2, rate: 7.5, vsOneWorker: 2.5 },
      ],
    },
    {
      name: 'no ratio across threads or concurrency, none without a one-worker run',
      runs: [run('1x1', 2), run('2x2', 5), run('2x1c1', 3)],
      expected: [
        { shape: '1x1', runs: 1, rate: 2, vsOneWorker: 1 },
        { shape: '2x2', runs: 1, rate: 5, vsOneWorker: undefined },
        { shape: '2x1c1', runs: 1, rate: 3, vsOneWorker: undefined },
      ],
    },
  ])('$name', ({ runs, expected }) => {
    const medians = configurationMedians(runs).map(
      ({ workers, threads, concurrency, runs, rate, vsOneWorker }) => ({
        shape: `${workers}x${threads}${concurrency === 4 ? '' : `c${concurrency}`}`,
        runs,
        rate,
        vsOneWorker,
      }),
    )
    expect(medians).toEqual(expected)
  })

  it('takes the median CPU per article of the runs that measured it', () => {
    const [medians] = configurationMedians([
      run('1x1', 2, { workers: 300, postgres: 146 }),
      run('1x1', 2, { workers: 280, postgres: 27 }),
      run('1x1', 2),
      run('1x1', 2, { workers: 290, postgres: 30 }),
    ])
    expect(medians?.cpuMs).toEqual({ workers: 290, postgres: 30 })
  })
})
