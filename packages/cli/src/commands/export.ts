import { parseArgs } from 'node:util'
import type { Analysis } from '@whosaid/core'
import { OUTPUT_FORMATS } from '@whosaid/core/io'
import { countArticles, openStore } from '@whosaid/store'
import { CliError } from '../cli-error.ts'
import { exportEncoder } from '../export-encoder.ts'
import { chooseFormat } from '../export-format.ts'
import type { Io } from '../io.ts'
import { parseMaxBytes, storeOptions } from '../options.ts'
import { openOutput } from '../output-sink.ts'
import { progressBar } from '../progress.ts'
import { readText } from '../read-text.ts'
import { storedAnalyses } from '../stored-analyses.ts'

/** The help text of `whosaid export`. */
export const exportHelp = `Usage: whosaid export [options] [FILE...]

Prints analyses in a standard format. With FILE arguments (plain UTF-8 text, '-' for standard input) it
analyzes those files, with the same checks as whosaid analyze; without, it exports every article the store
holds, newest first, each actor under the store's canonical id (the extractor's kept as extractedId, and
a statement's as extractedSpeaker and extractedTarget, where they differ).

Formats (--format):
  json          a JSON array of Analysis objects (the default)
  ndjson        one Analysis per line
  csv           one row per statement: speaker, cue, content, target, polarity, article and UTF-16 offsets
  jsonld        schema.org JSON-LD: NewsArticle, Person, Organization, Country, Place, Quotation
  annotations   a W3C Web Annotation page: a TextQuoteSelector and a TextPositionSelector per statement

Options:
  --format F          the format, one of the above (default: from the extension of --out, else json)
  --out FILE          write to FILE instead of standard output; FILE is replaced only when the export
                      is complete (.json, .ndjson, .jsonl, .csv and .jsonld name their format)
  --bom               start CSV with a UTF-8 byte order mark, for spreadsheets that need one
  --data DIR          export the embedded database in DIR (default .whosaid, or WHOSAID_DATA)
  --db URL            export a PostgreSQL database instead (or DATABASE_URL)
  --max-bytes N       refuse FILE inputs larger than N bytes (default 5242880, 5 MB)
  --json              report errors, and the summary of --out, as JSON
  -h, --help          show this help

The export streams one article at a time. A FILE that cannot be read stops the export with exit code 1:
--out is then left untouched, while standard output ends where the export stopped. On a terminal, a
progress bar shows on standard error when the data does not go to the terminal too.

Examples:
  whosaid export --format csv article.txt > statements.csv
  whosaid export --out everything.ndjson
  whosaid export --data /tmp/news --format annotations --out annotations.jsonld`

/**
 * Runs `whosaid export`: analyzes the FILEs given, or reads every stored article, and writes them in a format.
 * @example await runExport(['--format', 'csv', 'seeds/000_b304420120629e83.txt'], processIo()) // 0
 */
export async function runExport(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      bom: { type: 'boolean', default: false },
      data: { type: 'string' },
      db: { type: 'string' },
      'max-bytes': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.stdout(`${exportHelp}\n`)
    return 0
  }
  const format = chooseFormat(values.format, values.out)
  if (values.bom && format !== 'csv') throw new CliError('usage', '--bom applies to --format csv only')
  if (positionals.length > 0 && (values.data !== undefined || values.db !== undefined)) {
    throw new CliError('usage', '--data and --db export the store: give them without FILE arguments')
  }
  const maxBytes = parseMaxBytes(values['max-bytes'])
  const store = positionals.length === 0 ? await openStore(storeOptions(values)) : undefined
  const toFile = values.out !== undefined && values.out !== '-'
  const bar = progressBar(io.stderr, io.isTTY && (toFile || io.isStdoutTTY !== true))
  const count = { articles: 0, statements: 0 }
  try {
    const total = store ? await countArticles(store) : positionals.length
    const analyses = store ? storedAnalyses(store) : analyzeFiles(positionals, maxBytes, io)
    const sink = await openOutput(values.out, io)
    const encoder = exportEncoder(format, { bom: values.bom })
    try {
      // The head waits for the first analysis, so that a first FILE that fails prints nothing at all.
      let head = encoder.head()
      for await (const analysis of analyses) {
        await sink.write(head + encoder.encode(analysis))
        head = ''
        count.articles++
        count.statements += analysis.statements.length
        bar.update(count.articles, Math.max(total, count.articles))
      }
      await sink.write(head + encoder.tail())
      await sink.close()
    } catch (error) {
      await sink.abort()
      throw error
    }
  } finally {
    bar.done()
    await store?.close()
  }
  if (toFile) {
    const summary = { ...count, format, mediaType: OUTPUT_FORMATS[format].mediaType, out: values.out }
    io.stdout(
      values.json
        ? `${JSON.stringify(summary)}\n`
        : `exported ${count.articles} article(s), ${count.statements} statement(s) to ${values.out} as ${format}\n`,
    )
  }
  return 0
}

async function* analyzeFiles(files: readonly string[], maxBytes: number, io: Io): AsyncGenerator<Analysis> {
  // Loaded here, not on import: exporting the store's analyses needs no model.
  const { analyze } = await import('@whosaid/core')
  for (const file of files) yield analyze(await readText(file, { maxBytes, stdin: io.readStdin }))
}
