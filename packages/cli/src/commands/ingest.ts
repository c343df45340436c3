import { parseArgs } from 'node:util'
import { ingestFiles, listTextFiles, openStore } from '@whosaid/store'
import { CliError } from '../cli-error.ts'
import type { Io } from '../io.ts'
import { progressBar } from '../progress.ts'
import { parseConcurrency, storeOptions } from '../options.ts'

/** The help text of `whosaid ingest`. */
export const ingestHelp = `Usage: whosaid ingest [options] FILE|DIR...

Analyzes plain-text articles and stores them with their actors and statements. A folder gives its *.txt files.
Ingest is idempotent: a text already stored is counted as existing, not stored twice.

Options:
  --data DIR          the embedded database folder (default .whosaid, or WHOSAID_DATA)
  --db URL            a PostgreSQL URL instead of the embedded database (or DATABASE_URL)
  --concurrency N     files in flight at once (default 4)
  --json              print the summary (and errors) as JSON
  -h, --help          show this help

On a terminal a progress bar shows count, rate and time left; otherwise one summary line is printed.
The exit code is 1 when any file failed.`

/**
 * Runs `whosaid ingest`: stores every article given, with a progress bar on a terminal and a summary line.
 * @example await runIngest(['seeds/'], processIo()) // 0
 */
export async function runIngest(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      db: { type: 'string' },
      concurrency: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.stdout(`${ingestHelp}\n`)
    return 0
  }
  if (positionals.length === 0) throw new CliError('usage', 'ingest needs at least one FILE or DIR')
  const concurrency = parseConcurrency(values.concurrency)
  const files = await listTextFiles(positionals).catch((error: { path?: string; code?: string }) => {
    throw new CliError('not-found', 'no such file or folder', error.path ?? positionals[0])
  })
  const store = await openStore(storeOptions(values))
  const bar = progressBar(io.stderr, io.isTTY)
  try {
    const summary = await ingestFiles(store, files, {
      concurrency,
      onProgress: (progress) => bar.update(progress.done, progress.total),
    })
    bar.done()
    if (values.json) {
      io.stdout(`${JSON.stringify(summary)}\n`)
    } else {
      for (const failure of summary.failures) io.stderr(`whosaid: ${failure.file}: ${failure.message}\n`)
      const rate = summary.seconds > 0 ? summary.total / summary.seconds : 0
      io.stdout(
        `ingested ${summary.total} file(s): ${summary.created} new, ${summary.existing} already stored, ` +
          `${summary.failures.length} failed in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} files/s)\n`,
      )
    }
    return summary.failures.length > 0 ? 1 : 0
  } finally {
    await store.close()
  }
}
