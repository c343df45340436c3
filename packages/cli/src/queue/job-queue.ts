import { PgBoss } from 'pg-boss'
import { queueConnectOptions } from './queue-jit.ts'
import { INGEST_QUEUE, type QueueJob } from './queue-job.ts'

/** How the ingest queue treats its jobs; fixed when the queue is first created in a database. */
export type QueueSettings = {
  /** Retries after a job's first try before it stays failed, with its error kept (default 3: four tries). */
  retryLimit: number
  /** Seconds before the first retry, doubled each time (default 5). */
  retryDelaySeconds: number
  /**
   * Seconds without a heartbeat after which an active job counts as abandoned (its worker was killed or lost
   * power) and is retried; a live worker beats at half this (default 30; pg-boss allows 10 at least).
   */
  heartbeatSeconds: number
  /** Seconds one job may stay active at all, heartbeat or not (default 900). */
  expireSeconds: number
}

/** The queue's defaults. */
export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  retryLimit: 3,
  retryDelaySeconds: 5,
  heartbeatSeconds: 30,
  expireSeconds: 900,
}

/** How a connection to the queue behaves. */
export type JobQueueOptions = {
  /** The settings a queue gets if this connection creates it. */
  settings?: Partial<QueueSettings>
  /** Seconds between checks for abandoned and expired jobs (any one connection runs each check; default 10). */
  superviseSeconds?: number
  /** Connections to PostgreSQL this process may open for the queue (default 4). */
  connections?: number
  /** Whether this connection takes part in the checks (default true; a short-lived command need not). */
  supervise?: boolean
  /** The name its connections show in pg_stat_activity (default `whosaid-queue`). */
  applicationName?: string
}

/** An open connection to the ingest queue. */
export type JobQueue = { boss: PgBoss; name: string; close(options?: { graceful?: boolean }): Promise<void> }

/**
 * Connects to the ingest queue in the PostgreSQL database at `databaseUrl`, installing pg-boss's schema
 * (`pgboss`) and creating the queue on first use; settings of a queue that exists already are left as they are.
 * @example const queue = await openJobQueue('postgres://127.0.0.1/whosaid'); …; await queue.close()
 */
export async function openJobQueue(databaseUrl: string, options: JobQueueOptions = {}): Promise<JobQueue> {
  const settings = { ...DEFAULT_QUEUE_SETTINGS, ...options.settings }
  const supervise = options.superviseSeconds ?? 10
  const connectOptions = queueConnectOptions(databaseUrl)
  const boss = new PgBoss({
    connectionString: databaseUrl,
    max: options.connections ?? 4,
    application_name: options.applicationName ?? 'whosaid-queue',
    ...(connectOptions === undefined ? {} : { options: connectOptions }),
    supervise: options.supervise ?? true,
    superviseIntervalSeconds: supervise,
    monitorIntervalSeconds: supervise,
    schedule: false,
    registerInstance: false,
  })
  // pg-boss reports a lost connection as an event; without a listener Node would end the process on it.
  // Its own retries carry on, and a job whose worker died is retried after its heartbeat timeout.
  boss.on('error', () => {})
  await boss.start()
  await boss.createQueue(INGEST_QUEUE, {
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: settings.retryDelaySeconds > 0,
    heartbeatSeconds: settings.heartbeatSeconds,
    expireInSeconds: settings.expireSeconds,
  })
  return {
    boss,
    name: INGEST_QUEUE,
    close: (closeOptions = {}) => boss.stop({ graceful: closeOptions.graceful ?? false, close: true }),
  }
}

/** Jobs per insert statement. */
const INSERT_CHUNK = 500

/**
 * Adds jobs to the queue, in chunks of a few hundred per statement; answers how many were queued. Jobs given a
 * `startAfter` wait until then (the benchmark holds its jobs back until every worker is up).
 * @example await sendJobs(queue, [{ kind: 'url', label: url, url }]) // 1
 */
export async function sendJobs(
  queue: JobQueue,
  jobs: readonly QueueJob[],
  options: { startAfter?: Date } = {},
): Promise<number> {
  for (let start = 0; start < jobs.length; start += INSERT_CHUNK) {
    const chunk = jobs.slice(start, start + INSERT_CHUNK)
    await queue.boss.insert(
      queue.name,
      chunk.map((data) => (options.startAfter ? { data, startAfter: options.startAfter } : { data })),
    )
  }
  return jobs.length
}
