// The queue benchmark's runs summed up per configuration: on a shared machine one run's rate can be far off (the
// same code's PostgreSQL CPU per article has varied fivefold between runs), so a configuration is run several
// times (`--runs 1x1,2x1,1x1,2x1,1x1,2x1`) and compared by its median.
import { median } from '@whosaid/store/testing'

/** What one run of a configuration measured: its rate, and its CPU per article where /proc told. */
export type RunRate = {
  workers: number
  threads: number
  concurrency: number
  rate: number
  cpuMs?: { workers: number; postgres: number } | undefined
}

/** A configuration's median over its runs, and its median rate over the one-worker configuration's. */
export type ConfigurationMedian = {
  workers: number
  threads: number
  concurrency: number
  runs: number
  rate: number
  /** This median rate over that of the one-worker configuration with the same threads and concurrency. */
  vsOneWorker: number | undefined
  /** Median CPU milliseconds per article, of the runs that measured it. */
  cpuMs: { workers: number; postgres: number } | undefined
}

/**
 * Each configuration (workers, threads, concurrency) of `runs` once, in the order it first ran, with its median
 * rate and CPU per article, and the ratio of its median rate to the one-worker configuration's of the same
 * threads and concurrency (undefined when that did not run).
 * @example configurationMedians([{ workers: 1, threads: 1, concurrency: 4, rate: 2 }, { workers: 2, threads: 1, concurrency: 4, rate: 3 }])
 * // [{ workers: 1, …, rate: 2, vsOneWorker: 1 }, { workers: 2, …, rate: 3, vsOneWorker: 1.5 }]
 */
export function configurationMedians(runs: readonly RunRate[]): ConfigurationMedian[] {
  const keyOf = (run: Omit<RunRate, 'rate'>) => `${run.workers}x${run.threads}c${run.concurrency}`
  const groups = new Map<string, RunRate[]>()
  for (const run of runs) {
    const group = groups.get(keyOf(run))
    if (group) group.push(run)
    else groups.set(keyOf(run), [run])
  }
  const rates = new Map([...groups].map(([key, group]) => [key, median(group.map((run) => run.rate))]))
  return [...groups].map(([key, group]) => {
    const [{ workers, threads, concurrency }] = group as [RunRate]
    const rate = rates.get(key) as number
    const one = rates.get(keyOf({ workers: 1, threads, concurrency }))
    const cpu = group.flatMap((run) => (run.cpuMs ? [run.cpuMs] : []))
    return {
      workers,
      threads,
      concurrency,
      runs: group.length,
      rate,
      vsOneWorker: one === undefined ? undefined : rate / one,
      cpuMs:
        cpu.length === 0
          ? undefined
          : { workers: median(cpu.map((ms) => ms.workers)), postgres: median(cpu.map((ms) => ms.postgres)) },
    }
  })
}
