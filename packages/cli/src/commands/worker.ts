import { parseArgs } from 'node:util'
import { openStore } from '@whosaid/store'
import { CliError } from '../cli-error.ts'
import type { Io } from '../io.ts'
import { parseConcurrency, parseMaxBytes, parseTimeout } from '../options.ts'
import { analysisMemoryLimitMb, analysisTimeLimitMs, createAnalysisPool } from '../pool/analysis-pool.ts'
import { openJobQueue } from '../queue/job-queue.ts'
import { parseThreads, queueDatabaseUrl } from '../queue/queue-options.ts'
import { JOBS_PER_FETCH, runWorker, type WorkerReport } from '../queue/run-worker.ts'

/** The help text of `whosaid worker`. */
export const workerHelp = `Usage: whosaid worker [options]

Takes jobs from the ingest queue in PostgreSQL (filled by whosaid ingest --queue), fetches, extracts, analyzes
and stores each article. Any number of workers on any number of machines share one queue. A job whose worker
is killed is retried once its heartbeat is missed; a job that keeps failing stops after its tries, its error
kept (see whosaid queue). SIGTERM or Ctrl-C finishes the jobs in hand, then exits.

Options:
  --db URL            the PostgreSQL database of the store and the queue (or DATABASE_URL)
  --concurrency N     fetchers, each taking up to ${JOBS_PER_FETCH} jobs at a time, 1 to 64 (default 4)
  --threads N         analysis threads, 1 to 64 (default: the cores, at most 8)
  --drain             exit once no job is waiting, to be retried or being worked on
  --timeout S         seconds one web request may take, body included (default 15)
  --max-bytes N       refuse a web response larger than N bytes (default 5242880, 5 MB)
  --json              print the summary as one JSON object, and errors as JSON
  -h, --help          show this help

Each failed try prints one line, whosaid: INPUT: problem; the summary line comes at the end. The exit code is 0
once stopped, whatever the jobs did (whosaid queue lists the failures).

Examples:
  whosaid worker --db postgres://127.0.0.1/whosaid --drain
  whosaid worker --concurrency 8 --threads 4`

/**
 * Runs `whosaid worker`: works the ingest queue until SIGTERM/SIGINT, or with `--drain` until it is empty.
 * @example await runWorkerCommand(['--db', url, '--drain'], processIo()) // 0
 */
export async function runWorkerCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      data: { type: 'string' },
      concurrency: { type: 'string' },
      threads: { type: 'string' },
      drain: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.stdout(`${workerHelp}\n`)
    return 0
  }
  if (positionals.length > 0) {
    throw new CliError(
      'usage',
      `worker takes no INPUT ("${positionals[0]}"): queue inputs with whosaid ingest --queue`,
    )
  }
  const databaseUrl = queueDatabaseUrl(values, 'worker')
  const concurrency = parseConcurrency(values.concurrency)
  const threads = parseThreads(values.threads)
  const read = {
    maxBytes: parseMaxBytes(values['max-bytes']),
    timeoutSeconds: parseTimeout(values.timeout),
    stdin: io.readStdin,
  }
  const stop = new AbortController()
  const onSignal = () => stop.abort()
  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
  // Both pools fit the jobs in flight: each job holds at most one store connection and one queue statement.
  const connections = Math.min(concurrency * JOBS_PER_FETCH + 2, 20)
  const store = await openStore({ databaseUrl, maxConnections: connections })
  const pool = createAnalysisPool({
    threads,
    timeLimitMs: analysisTimeLimitMs(read.maxBytes),
    memoryLimitMb: analysisMemoryLimitMb(read.maxBytes),
  })
  let report: WorkerReport
  try {
    const queue = await openJobQueue(databaseUrl, {
      connections,
      applicationName: `whosaid-worker ${process.pid}`,
    })
    try {
      report = await runWorker(
        { queue, store, pool, read },
        {
          concurrency,
          drain: values.drain,
          signal: stop.signal,
          log: (line) => io.stderr(`${line}\n`),
        },
      )
    } finally {
      await queue.close({ graceful: true })
    }
  } finally {
    process.off('SIGTERM', onSignal)
    process.off('SIGINT', onSignal)
    await pool.close()
    await store.close()
  }
  io.stdout(values.json ? `${JSON.stringify(report)}\n` : `${workerSummary(report)}\n`)
  return 0
}

/** The one summary line of a worker. */
export function workerSummary(report: WorkerReport): string {
  const stored = report.created + report.existing
  const rate = report.seconds > 0 ? stored / report.seconds : 0
  return (
    `worker stored ${stored} article(s): ${report.created} new, ${report.existing} already stored; ` +
    `${report.queued} feed entr${report.queued === 1 ? 'y' : 'ies'} queued, ${report.failedTries} failed tr${report.failedTries === 1 ? 'y' : 'ies'} ` +
    `in ${report.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)`
  )
}
