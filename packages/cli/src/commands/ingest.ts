import { parseArgs } from 'node:util'
import { isFatalApiError } from '../api-client.ts'
import { apiTarget } from '../api-target.ts'
import { apiSink } from '../article-sink.ts'
import { CliError, toCliError } from '../cli-error.ts'
import { readFeedItem } from '../feed-items.ts'
import type { IngestTask, ReadContext } from '../ingest-task.ts'
import type { Io } from '../io.ts'
import { listInputs } from '../list-inputs.ts'
import { openLocalStore } from '../open-local-store.ts'
import { parseConcurrency, parseMaxBytes, parseTimeout, storeOptions } from '../options.ts'
import { pooledSink } from '../pool/pooled-sink.ts'
import { progressBar } from '../progress.ts'
import { enqueueInputs } from '../queue/enqueue-inputs.ts'
import { parseThreads, queueDatabaseUrl } from '../queue/queue-options.ts'
import { readInput } from '../read-input.ts'
import { runQueue } from '../run-queue.ts'

/** The help text of `whosaid ingest`. */
export const ingestHelp = `Usage: whosaid ingest [options] INPUT...

Analyzes articles and stores them with their actors and statements. An INPUT is one of:
  FILE.txt              a plain UTF-8 text article (any other extension is read as text too; - is standard input)
  FILE.html, .htm       a saved article page: its title, byline, date and body are extracted, without navigation,
                        ads, related links or comments; the extracted text is what is analyzed and stored
  FILE.ndjson, .jsonl   a batch, one JSON object per line: {"text", "url"?, "publishedAt"?, "source"?}
  FILE.xml, .rss, .atom an RSS or Atom feed: each entry's page is fetched and extracted (an entry that carries
                        its full text in the feed is taken from the feed)
  http(s)://URL         a feed or an article page, fetched and read as what it turns out to be
  DIR                   the files above in a folder (not its subfolders), in name order

Ingest is idempotent: a text already stored is counted as already stored, not stored twice.

Options:
  --data DIR          the embedded database folder (default .whosaid, or WHOSAID_DATA)
  --db URL            a PostgreSQL URL instead of the embedded database (or DATABASE_URL)
  --api URL           send each article to a running whosaid API instead (POST /v1/articles), with the token
                      in WHOSAID_API_TOKEN or, for an API on this machine, the one npm start or whosaid serve
                      keeps in the data folder (--data); use it while a server holds the data folder
  --concurrency N     inputs, entries and articles in flight at once, 1 to 64 (default 4)
  --timeout S         seconds one web request may take, body included (default 15)
  --max-bytes N       refuse a file or web response larger than N bytes (default 5242880, 5 MB)
  --threads N         analysis threads, 1 to 64 (default: the cores, at most 8)
  --queue             only add a job per file, batch line, feed entry or URL to the queue in PostgreSQL (--db)
                      and return: whosaid worker analyzes and stores them (see whosaid worker --help)
  --json              print the summary (with every failure) as one JSON object, and errors as JSON
  -h, --help          show this help

A failed input, batch line or feed entry gets one line, whosaid: INPUT: problem (FILE:LINE for a batch line,
the entry's URL for a feed entry), and the others go on. On a terminal a progress bar shows count, rate and
time left; then one summary line is printed. The exit code is 1 when anything failed.

Examples:
  whosaid ingest seeds/
  whosaid ingest --data /tmp/news --concurrency 8 saved-pages/ batch.ndjson
  whosaid ingest --timeout 30 https://example.com/world/rss.xml https://example.com/news/1.html
  whosaid ingest --api http://127.0.0.1:8787 article.txt        # while npm start or whosaid serve runs`

/** What an ingest did, as `--json` prints it. */
export type IngestReport = {
  total: number
  created: number
  existing: number
  failed: number
  failures: ReturnType<CliError['toJSON']>[]
  seconds: number
}

/**
 * Runs `whosaid ingest`: reads every input (files, folders, batches, feeds, URLs), stores each article, and
 * reports a failure per bad item without stopping the others; a progress bar on a terminal, a summary line.
 * @example await runIngest(['seeds/'], processIo()) // 0
 */
export async function runIngest(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      db: { type: 'string' },
      api: { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
      threads: { type: 'string' },
      queue: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.stdout(`${ingestHelp}\n`)
    return 0
  }
  if (positionals.length === 0) {
    throw new CliError('usage', 'ingest needs at least one FILE, DIR or URL (see whosaid ingest --help)')
  }
  const concurrency = parseConcurrency(values.concurrency)
  const context: ReadContext = {
    maxBytes: parseMaxBytes(values['max-bytes']),
    timeoutSeconds: parseTimeout(values.timeout),
    stdin: io.readStdin,
  }
  if (values.api !== undefined && (values.db !== undefined || values.queue)) {
    throw new CliError('usage', '--api sends articles to a running API: it takes no --db or --queue')
  }
  if (values.queue) {
    return enqueueInputs(positionals, queueDatabaseUrl(values, 'ingest --queue'), context, values.json, io)
  }
  const threads = parseThreads(values.threads)
  const where = storeOptions(values)
  const inputs = await listInputs(positionals)
  const sink =
    values.api === undefined
      ? pooledSink(await openLocalStore(where), threads, context.maxBytes)
      : await apiSink(apiTarget(values.api, { dataDir: values.data, timeoutSeconds: context.timeoutSeconds }))
  const started = performance.now()
  const bar = progressBar(io.stderr, io.isTTY)
  const count = { total: inputs.length, done: 0, created: 0, existing: 0 }
  const failures: CliError[] = []
  const fail = (error: CliError) => {
    failures.push(error)
    count.done++
    if (!values.json) bar.note(error.toLine())
  }
  try {
    const tasks = inputs.map((input): IngestTask => ({ kind: 'input', input }))
    await runQueue(tasks, concurrency, async (task, add) => {
      try {
        if (task.kind === 'article') {
          const { created } = await sink.add(task.article)
          count[created ? 'created' : 'existing']++
          count.done++
        } else if (task.kind === 'feed-item') {
          add({ kind: 'article', article: await readFeedItem(task, context) })
        } else {
          // An input stands for one item until it is read; then for its articles, entries and bad lines.
          const { tasks: found, failures: bad } = await readInput(task.input, context)
          count.total += found.length + bad.length - 1
          for (const next of found) add(next)
          for (const error of bad) fail(error)
        }
      } catch (error) {
        // A refused token or a server gone away fails every article alike: one line, not one per article.
        if (isFatalApiError(error)) throw error
        fail(toCliError(error, labelOf(task)))
      }
      bar.update(count.done, count.total)
    })
  } finally {
    bar.done()
    await sink.close()
  }
  const seconds = (performance.now() - started) / 1000
  const report: IngestReport = {
    total: count.total,
    created: count.created,
    existing: count.existing,
    failed: failures.length,
    failures: failures.map((error) => error.toJSON()),
    seconds: Math.round(seconds * 1000) / 1000,
  }
  io.stdout(values.json ? `${JSON.stringify(report)}\n` : `${summaryLine(report)}\n`)
  return failures.length > 0 ? 1 : 0
}

/** The one summary line of an ingest. */
export function summaryLine(report: IngestReport): string {
  const rate = report.seconds > 0 ? report.total / report.seconds : 0
  return (
    `ingested ${report.total} article(s): ${report.created} new, ${report.existing} already stored, ` +
    `${report.failed} failed in ${report.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)`
  )
}

function labelOf(task: IngestTask): string {
  if (task.kind === 'input') return task.input
  if (task.kind === 'feed-item') return task.label
  return task.article.label
}
