// The CLI's pool of analysis threads (@whosaid/server's pool), so that `whosaid worker` and `ingest` analyze on
// every core while the main thread keeps fetching, storing and sending the queue's heartbeats. Each analysis has a
// time limit and a memory limit, both sized from the largest input allowed. The pool gives up with a `failed`
// CliError.
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

/** The least memory limit of one analysis, in MB: the API's, far above what a news article needs. */
const BASE_MEMORY_LIMIT_MB = 2048
/** Memory allowed per megabyte the inputs may hold: analysis keeps under 40 bytes per byte at 16 MB (core README). */
const MEMORY_PER_MB_MB = 100

/**
 * The memory limit (the thread's old generation, in MB) of one analysis when inputs may hold up to `maxBytes`: 2 GB,
 * or 100 MB per megabyte allowed when `--max-bytes` lets in more.
 * @example analysisMemoryLimitMb(50e6) // 5_000
 */
export function analysisMemoryLimitMb(maxBytes: number): number {
  return Math.max(BASE_MEMORY_LIMIT_MB, Math.ceil(maxBytes / 1e6) * MEMORY_PER_MB_MB)
}

/**
 * Starts a pool of `threads` analysis threads (started on first use, replaced when one stops); an analysis
 * running past `timeLimitMs` (default 120 s) or over `memoryLimitMb` (default 2 GB) has its thread terminated and fails
 * with a `failed` CliError.
 * @example const pool = createAnalysisPool({ threads: 2 }); const analysis = await pool.analyze(text)
 */
export function createAnalysisPool(options: {
  threads: number
  timeLimitMs?: number
  memoryLimitMb?: number
}): AnalysisPool {
  return createPool({
    threads: options.threads,
    timeLimitMs: options.timeLimitMs ?? BASE_TIME_LIMIT_MS,
    memoryLimitMb: options.memoryLimitMb ?? BASE_MEMORY_LIMIT_MB,
    // The pool's own young generation (YOUNG_GENERATION_MB), as the API's.
    toError: toCliError,
  })
}
