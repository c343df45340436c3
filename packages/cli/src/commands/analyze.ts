import { parseArgs } from 'node:util'
import type { Analysis } from '@whosaid/core'
import { CliError, toCliError } from '../cli-error.ts'
import type { Io } from '../io.ts'
import { parseMaxBytes } from '../options.ts'
import { readText } from '../read-text.ts'

/** The help text of `whosaid analyze`. */
export const analyzeHelp = `Usage: whosaid analyze [options] FILE...

Analyzes news articles given as plain UTF-8 text and prints who said what, about whom, as JSON.
FILE may be '-' to read standard input.

Options:
  --ndjson            print one Analysis per line, in argument order; a file that cannot be read
                      gets a {"file","error"} line in its place and the exit code is 1
  --max-bytes N       refuse inputs larger than N bytes (default 5242880, 5 MB)
  --url URL           the article's address (one FILE only)
  --published-at ISO  when it was published, an ISO 8601 date-time (one FILE only)
  --source NAME       the publisher (one FILE only)
  --json              report errors as JSON on standard error
  -h, --help          show this help

Without --ndjson, one FILE prints one pretty-printed Analysis, several print a JSON array.
The same input and version always give byte-identical output. For CSV, JSON-LD or Web Annotations, see
whosaid export; to store articles, whosaid ingest.

Examples:
  whosaid analyze seeds/000_b304420120629e83.txt
  whosaid analyze --ndjson a.txt b.txt - < c.txt
  whosaid analyze --url https://example.com/news/1 --published-at 2024-05-01T10:00:00Z article.txt`

/**
 * Runs `whosaid analyze`: reads each input, analyzes it, and prints JSON or NDJSON.
 * @example await runAnalyze(['seeds/000_b304420120629e83.txt'], processIo()) // 0
 */
export async function runAnalyze(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ndjson: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      url: { type: 'string' },
      'published-at': { type: 'string' },
      source: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.stdout(`${analyzeHelp}\n`)
    return 0
  }
  if (positionals.length === 0)
    throw new CliError('usage', 'analyze needs at least one FILE (or - for standard input)')
  const maxBytes = parseMaxBytes(values['max-bytes'])
  const meta = articleMeta(values)
  if (Object.keys(meta).length > 0 && positionals.length > 1) {
    throw new CliError('usage', '--url, --published-at and --source apply to one FILE only')
  }
  const read = (file: string) => readText(file, { maxBytes, stdin: io.readStdin })
  // Loaded here, not on import: the CLI's other commands analyze on threads of their own, or not at all.
  const { analyze } = await import('@whosaid/core')

  if (values.ndjson) {
    let failed = false
    for (const file of positionals) {
      try {
        io.stdout(`${JSON.stringify(analyze(await read(file), meta))}\n`)
      } catch (error) {
        failed = true
        const cliError = toCliError(error, file)
        io.stdout(`${JSON.stringify({ file, error: cliError.message, code: cliError.code })}\n`)
      }
    }
    return failed ? 1 : 0
  }

  const analyses: Analysis[] = []
  for (const file of positionals) analyses.push(analyze(await read(file), meta))
  io.stdout(`${JSON.stringify(analyses.length === 1 ? analyses[0] : analyses, null, 2)}\n`)
  return 0
}

function articleMeta(values: {
  url?: string | undefined
  'published-at'?: string | undefined
  source?: string | undefined
}) {
  const meta: { url?: string; publishedAt?: string; source?: string } = {}
  if (values.url !== undefined) {
    if (!URL.canParse(values.url)) throw new CliError('usage', `--url is not a valid URL: ${values.url}`)
    meta.url = values.url
  }
  if (values['published-at'] !== undefined) {
    const date = values['published-at']
    if (Number.isNaN(Date.parse(date)))
      throw new CliError('usage', `--published-at is not an ISO 8601 date: ${date}`)
    meta.publishedAt = new Date(date).toISOString()
  }
  if (values.source !== undefined) meta.source = values.source
  return meta
}
