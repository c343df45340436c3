import type { JobQueue } from './job-queue.ts'

/** The ingest queue's jobs by state: waiting (new or to retry), being worked on, done, and failed for good. */
export type QueueCounts = { queued: number; active: number; done: number; failed: number }

/** One job that failed after all its tries: what it was, why, and how often it was retried. */
export type QueueFailure = { id: string; label: string; error: string; retries: number; failedAt: string }

/** pg-boss's job states, as the counts group them (cancelled jobs count as failed). */
const GROUP: Record<string, keyof QueueCounts> = {
  created: 'queued',
  retry: 'queued',
  active: 'active',
  completed: 'done',
  failed: 'failed',
  cancelled: 'failed',
}

/**
 * Counts the queue's jobs by state, fresh from pg-boss's job table (its own queue counts are a cache that a
 * monitor pass refreshes, too stale to tell an empty queue).
 * @example const { queued, active } = await countJobs(queue)
 */
export async function countJobs(queue: JobQueue): Promise<QueueCounts> {
  const { rows } = await queue.boss
    .getDb()
    .executeSql(
      'select state::text as state, count(*)::int as count from pgboss.job where name = $1 group by 1',
      [queue.name],
    )
  const counts: QueueCounts = { queued: 0, active: 0, done: 0, failed: 0 }
  for (const row of rows as { state: string; count: number }[]) {
    const group = GROUP[row.state]
    if (group) counts[group] += row.count
  }
  return counts
}

/**
 * Whether any job is waiting, to be retried or being worked on: what `--drain` waits for to end, a check that
 * stays cheap however many finished jobs the table keeps.
 * @example while (await hasLiveJobs(queue)) await sleep(500)
 */
export async function hasLiveJobs(queue: JobQueue): Promise<boolean> {
  const { rows } = await queue.boss
    .getDb()
    .executeSql(
      `select exists (select 1 from pgboss.job where name = $1 and state in ('created', 'retry', 'active')) as live`,
      [queue.name],
    )
  return (rows[0] as { live: boolean }).live
}

/**
 * The jobs that failed for good, oldest first, at most `limit`, with the label of what they were (the file,
 * URL or batch line) and the error they last failed with.
 * @example for (const failure of await listFailures(queue)) console.log(failure.label, failure.error)
 */
export async function listFailures(queue: JobQueue, limit = 100): Promise<QueueFailure[]> {
  const { rows } = await queue.boss.getDb().executeSql(
    `select id::text as id, data->>'label' as label, output, retry_count as retries,
       coalesce(completed_on, created_on) as "failedAt"
     from pgboss.job where name = $1 and state in ('failed', 'cancelled')
     order by coalesce(completed_on, created_on), id limit $2`,
    [queue.name, limit],
  )
  return (
    rows as { id: string; label: string | null; output: unknown; retries: number; failedAt: Date }[]
  ).map((row) => ({
    id: row.id,
    label: row.label ?? row.id,
    error: errorOf(row.output),
    retries: row.retries,
    failedAt: new Date(row.failedAt).toISOString(),
  }))
}

/** The message a failed job's output holds: pg-boss keeps a thrown error's properties, or what a handler gave. */
export function errorOf(output: unknown): string {
  if (typeof output === 'string') return output
  if (typeof output === 'object' && output !== null) {
    const { message, code } = output as { message?: unknown; code?: unknown }
    if (typeof message === 'string') return typeof code === 'string' ? `${code}: ${message}` : message
    return JSON.stringify(output)
  }
  return 'failed (no reason recorded)'
}
