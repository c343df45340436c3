import { type CliError, toCliError } from '../cli-error.ts'
import type { ReadContext } from '../ingest-task.ts'
import type { Io } from '../io.ts'
import { listInputs } from '../list-inputs.ts'
import { openJobQueue, sendJobs } from './job-queue.ts'
import { jobsOfInput } from './jobs-of-input.ts'

/** What `ingest --queue` did, as `--json` prints it. */
export type EnqueueReport = {
  queued: number
  failed: number
  failures: ReturnType<CliError['toJSON']>[]
  seconds: number
}

/**
 * Runs `whosaid ingest --queue`: turns each input into queue jobs (a job per file, batch line, feed entry or
 * URL; see jobsOfInput), adds them to the queue in PostgreSQL and returns without analyzing anything. An input
 * that cannot be read gets one line and the others are still queued; the exit code is then 1.
 * @example await enqueueInputs(['seeds/', 'https://example.com/feed.xml'], url, context, false, io) // 0
 */
export async function enqueueInputs(
  paths: readonly string[],
  databaseUrl: string,
  context: ReadContext,
  json: boolean,
  io: Io,
): Promise<number> {
  const started = performance.now()
  const inputs = await listInputs(paths)
  const failures: CliError[] = []
  const queue = await openJobQueue(databaseUrl, { supervise: false })
  let queued = 0
  try {
    for (const input of inputs) {
      try {
        const found = await jobsOfInput(input, context)
        queued += await sendJobs(queue, found.jobs)
        failures.push(...found.failures)
      } catch (error) {
        failures.push(toCliError(error, input))
      }
    }
  } finally {
    await queue.close()
  }
  if (!json) for (const failure of failures) io.stderr(`${failure.toLine()}\n`)
  const report: EnqueueReport = {
    queued,
    failed: failures.length,
    failures: failures.map((failure) => failure.toJSON()),
    seconds: Math.round(performance.now() - started) / 1000,
  }
  io.stdout(
    json
      ? `${JSON.stringify(report)}\n`
      : `queued ${queued} job(s) for whosaid worker, ${failures.length} input(s) failed in ${report.seconds.toFixed(1)} s\n`,
  )
  return failures.length > 0 ? 1 : 0
}
