import type { Store } from '@whosaid/store'
import { CliError } from '../cli-error.ts'
import type { ReadContext } from '../ingest-task.ts'
import type { AnalysisPool } from '../pool/analysis-pool.ts'
import { type JobQueue, sendJobs } from './job-queue.ts'
import { isQueueJob } from './queue-job.ts'
import { readJob } from './read-job.ts'
import { storeArticle } from './store-article.ts'

/** What working one job did: stored an article (new or already there), or queued a feed's entries. */
export type JobOutcome =
  | { kind: 'stored'; articleId: string; created: boolean; retries: number }
  | { kind: 'queued'; jobs: number }

/** What a worker needs to work a job: the queue (for a feed's entries), the store, the pool, the limits. */
export type WorkContext = { queue: JobQueue; store: Store; pool: AnalysisPool; read: ReadContext }

/**
 * Works one queue job: reads it (fetching and extracting as `ingest` does), then stores its article, or queues
 * the entries of the feed it turned out to be. Throws a CliError naming the job's label when it fails.
 * @example const outcome = await workJob(job.data, context) // { kind: 'stored', articleId, created: true }
 */
export async function workJob(data: unknown, context: WorkContext): Promise<JobOutcome> {
  if (!isQueueJob(data)) throw new CliError('invalid-item', 'the job is not a whosaid ingest job')
  const content = await readJob(data, context.read)
  if (content.kind === 'jobs') return { kind: 'queued', jobs: await sendJobs(context.queue, content.jobs) }
  return { kind: 'stored', ...(await storeArticle(context.store, context.pool, content.article)) }
}
