import { parseArgs } from 'node:util'
import { CliError } from '../cli-error.ts'
import type { Io } from '../io.ts'
import { openJobQueue } from '../queue/job-queue.ts'
import { countJobs, listFailures, type QueueCounts, type QueueFailure } from '../queue/queue-counts.ts'
import { queueDatabaseUrl } from '../queue/queue-options.ts'

/** The help text of `whosaid queue`. */
export const queueHelp = `Usage: whosaid queue [options]

Shows the ingest queue in PostgreSQL: jobs queued (new or waiting for a retry), active, done and failed, and
each failed job's input and reason.

Options:
  --db URL        the PostgreSQL database of the queue (or DATABASE_URL)
  --failures N    list at most N failed jobs, oldest first (default 100; 0 lists none)
  --json          print {"queued","active","done","failed","failures":[{"id","label","error","retries","failedAt"}]}
  -h, --help      show this help

Examples:
  whosaid queue --db postgres://127.0.0.1/whosaid
  whosaid queue --json | jq '.failures[].error'`

/** What `whosaid queue --json` prints. */
export type QueueReport = QueueCounts & { failures: QueueFailure[] }

/**
 * Runs `whosaid queue`: prints the queue's counts by state and its failed jobs with their reasons.
 * @example await runQueueCommand(['--db', url], processIo()) // 0
 */
export async function runQueueCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      data: { type: 'string' },
      failures: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.stdout(`${queueHelp}\n`)
    return 0
  }
  if (positionals.length > 0) throw new CliError('usage', `queue takes no arguments ("${positionals[0]}")`)
  const databaseUrl = queueDatabaseUrl(values, 'queue')
  const limit = parseFailureLimit(values.failures)
  // Reading the queue supervises nothing: the workers do that.
  const queue = await openJobQueue(databaseUrl, { connections: 1, supervise: false })
  let report: QueueReport
  try {
    const counts = await countJobs(queue)
    report = { ...counts, failures: limit > 0 ? await listFailures(queue, limit) : [] }
  } finally {
    await queue.close()
  }
  io.stdout(values.json ? `${JSON.stringify(report)}\n` : formatQueue(report))
  return 0
}

/** The queue as text: one line of counts, then one line per failed job. */
export function formatQueue(report: QueueReport): string {
  const lines = [
    `queued ${report.queued}, active ${report.active}, done ${report.done}, failed ${report.failed}`,
    ...report.failures.map(
      (failure) =>
        `failed: ${failure.label}: ${failure.error} (${failure.retries + 1} tries, ${failure.failedAt})`,
    ),
  ]
  if (report.failures.length < report.failed) {
    lines.push(`(${report.failed - report.failures.length} more failed jobs: see --failures N)`)
  }
  return `${lines.join('\n')}\n`
}

function parseFailureLimit(value: string | undefined): number {
  if (value === undefined) return 100
  if (!/^\d{1,6}$/.test(value)) {
    throw new CliError('usage', `--failures takes a whole number of jobs, such as 100, not "${value}"`)
  }
  return Number(value)
}
