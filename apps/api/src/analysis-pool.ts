// The API's pool of analysis threads (@whosaid/server's pool): one thread per core, at most 4; 60 s, a 2 GB heap and
// the pool's young generation cap (YOUNG_GENERATION_MB, as the CLI's) each;
// an analysis stopped by a limit rejects with AnalysisLimitError, which the API answers 422.
import { availableParallelism } from 'node:os'
import {
  type AnalysisFailure,
  type AnalysisPool,
  createAnalysisPool as createPool,
} from '@whosaid/server/analysis-pool'
import { AnalysisLimitError } from './analysis-limit.ts'

export type { AnalysisPool }

/** How the API's pool is sized and limited. */
export type AnalysisPoolOptions = {
  /** Threads (default: the cores, at most 4). */
  threads?: number | undefined
  /** Milliseconds one analysis may run before its thread is terminated (default 60 s). */
  timeLimitMs?: number | undefined
  /** The heap (old generation) one thread may use, in MB (default 2048). */
  memoryLimitMb?: number | undefined
}

/** The error the API rejects an analysis with: a limit's is the problem detail a client reads. */
function toApiError(failure: AnalysisFailure): Error {
  switch (failure.reason) {
    case 'time':
      return new AnalysisLimitError(
        'time',
        `The analysis went over its time limit of ${failure.timeLimitMs} ms.`,
      )
    case 'memory':
      return new AnalysisLimitError(
        'memory',
        `The analysis went over its memory limit of ${failure.memoryLimitMb} MB.`,
      )
    default:
      return new Error(failure.message)
  }
}

/**
 * Starts the API's pool; threads start on first use and are replaced when a limit stops one.
 * @example
 * const pool = createAnalysisPool({ threads: 2, timeLimitMs: 30_000 })
 * const analysis = await pool.analyze(text)
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  return createPool({
    threads: options.threads ?? Math.min(availableParallelism(), 4),
    timeLimitMs: options.timeLimitMs ?? 60_000,
    memoryLimitMb: options.memoryLimitMb ?? 2048,
    toError: toApiError,
  })
}
