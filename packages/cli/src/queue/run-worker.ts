import { setTimeout as sleep } from 'node:timers/promises'
import type { JobResult } from 'pg-boss'
import { toCliError } from '../cli-error.ts'
import { hasLiveJobs } from './queue-counts.ts'
import { type WorkContext, workJob } from './work-job.ts'

/** How a worker runs. */
export type WorkerOptions = {
  /** Fetchers polling the queue, each taking up to JOBS_PER_FETCH jobs at a time. */
  concurrency: number
  /** Stop once the queue holds no job that is waiting, to be retried or being worked on. */
  drain: boolean
  /** Aborted to stop: jobs in hand are finished first. */
  signal: AbortSignal
  /** Reports one line per failed try. */
  log: (line: string) => void
}

/** What a worker did, as `whosaid worker --json` prints it. */
export type WorkerReport = {
  created: number
  existing: number
  queued: number
  failedTries: number
  /** Times the store ran an article's write again (it lost a race with another writer). */
  storeRetries: number
  seconds: number
}

/** Jobs one fetch takes: two, so that a fetcher whose batch came back full fetches again at once. */
export const JOBS_PER_FETCH = 2

/** Seconds between polls of an empty queue, and between checks whether a drain is over. */
const POLL_SECONDS = 0.5

/**
 * Works the ingest queue until `signal` aborts (then finishes the jobs in hand) or, with `drain`, until no job
 * is waiting or active anywhere. Each job is settled on its own: completed with what it stored, or failed with
 * its error (pg-boss retries it up to the queue's limit, then keeps it failed with that error).
 * @example const report = await runWorker(context, { concurrency: 4, drain: true, signal, log: console.error })
 */
export async function runWorker(context: WorkContext, options: WorkerOptions): Promise<WorkerReport> {
  const { boss, name } = context.queue
  const started = performance.now()
  const report: WorkerReport = {
    created: 0,
    existing: 0,
    queued: 0,
    failedTries: 0,
    storeRetries: 0,
    seconds: 0,
  }
  const work = async (job: { id: string; data: unknown }): Promise<JobResult> => {
    try {
      const outcome = await workJob(job.data, context)
      if (outcome.kind === 'queued') report.queued += outcome.jobs
      else {
        report[outcome.created ? 'created' : 'existing']++
        report.storeRetries += outcome.retries
      }
      return { id: job.id, status: 'completed', output: outcome }
    } catch (error) {
      const label = (job.data as { label?: unknown }).label
      const failure = toCliError(error, typeof label === 'string' ? label : job.id)
      report.failedTries++
      options.log(failure.toLine())
      return { id: job.id, status: 'failed', output: failure.toJSON() }
    }
  }
  await boss.work(
    name,
    {
      localConcurrency: options.concurrency,
      batchSize: JOBS_PER_FETCH,
      burstWhenBatchFull: true,
      perJobResults: true,
      pollingIntervalSeconds: POLL_SECONDS,
    },
    (jobs) => Promise.all(jobs.map(work)),
  )
  await stopped(context, options)
  await boss.offWork(name, { wait: true })
  report.seconds = Math.round(performance.now() - started) / 1000
  return report
}

/** Resolves when the signal aborts, or with `drain` when the queue has nothing waiting or active. */
async function stopped(context: WorkContext, options: WorkerOptions): Promise<void> {
  while (!options.signal.aborted) {
    if (options.drain && !(await hasLiveJobs(context.queue))) return
    await sleep(POLL_SECONDS * 1000, undefined, { signal: options.signal }).catch(() => {})
  }
}
