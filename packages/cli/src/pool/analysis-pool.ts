// The CLI's pool of analysis threads (@whosaid/server's pool), so that `whosaid worker` and `ingest` analyze on
// every core while the main thread keeps fetching, storing and sending the queue's heartbeats. No memory limit: a
// worker's job has the queue's retries instead. The pool gives up with a `failed` CliError.
import { availableParallelism } from 'node:os'
import {
  type AnalysisFailure,
  type AnalysisPool,
  createAnalysisPool as createPool,
} from '@whosaid/server/analysis-pool'
import { CliError } from '../cli-error.ts'

export type { AnalysisPool }

/** The default number of threads: the machine's cores, at most 8. */
export function defaultThreads(): number {
  return Math.min(availableParallelism(), 8)
}

/** The CLI's one-line error for an analysis the pool gave up on. */
function toCliError(failure: AnalysisFailure): CliError {
  return new CliError(
    'failed',
    failure.reason === 'time'
      ? `the analysis took longer than ${failure.timeLimitMs / 1000} s`
      : failure.message,
  )
}

/** The least time limit of one analysis: news takes seconds. */
const BASE_TIME_LIMIT_MS = 120_000
/** Time allowed per megabyte the inputs may hold: analysis takes about 3 s per MB, ten times that on a busy machine. */
const TIME_PER_MB_MS = 30_000

/**
 * The time limit of one analysis when inputs may hold up to `maxBytes`: 120 s, or 30 s per megabyte allowed when
 * `--max-bytes` lets in more (a 50 MB file takes minutes, and the user asked for it).
 * @example analysisTimeLimitMs(50e6) // 1_500_000
 */
export function analysisTimeLimitMs(maxBytes: number): number {
  // A timer longer than 2³¹ − 1 ms fires at once (Node's TimeoutOverflowWarning): about 24 days is the most.
  return Math.min(2 ** 31 - 1, Math.max(BASE_TIME_LIMIT_MS, Math.ceil(maxBytes / 1e6) * TIME_PER_MB_MS))
}

/**
 * Starts a pool of `threads` analysis threads (started on first use, replaced when one stops); an analysis
 * running past `timeLimitMs` (default 120 s) has its thread terminated and fails with a `failed` CliError.
 * @example const pool = createAnalysisPool({ threads: 2 }); const analysis = await pool.analyze(text)
 */
export function createAnalysisPool(options: { threads: number; timeLimitMs?: number }): AnalysisPool {
  return createPool({
    threads: options.threads,
    timeLimitMs: options.timeLimitMs ?? BASE_TIME_LIMIT_MS,
    // The pool's own young generation (YOUNG_GENERATION_MB), as the API's.
    toError: toCliError,
  })
}
