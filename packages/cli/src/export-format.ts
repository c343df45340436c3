import { type OutputFormat, OutputFormatSchema } from '@whosaid/core/io'
import { CliError } from './cli-error.ts'

// The extension of --out names the format when --format is not given; .jsonld means schema.org JSON-LD.
const FORMAT_OF_EXTENSION: Record<string, OutputFormat> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.jsonld': 'jsonld',
}

/**
 * The export format: `--format` when given (one of OutputFormatSchema's values), else the one that the extension
 * of `--out` names, else JSON.
 * @example chooseFormat(undefined, 'statements.csv') // 'csv'
 */
export function chooseFormat(format: string | undefined, out: string | undefined): OutputFormat {
  if (format !== undefined) {
    const parsed = OutputFormatSchema.safeParse(format)
    if (!parsed.success) {
      const formats = OutputFormatSchema.options.join(', ')
      throw new CliError('usage', `--format takes one of ${formats}, not "${format}"`)
    }
    return parsed.data
  }
  const extension = /\.[a-z]{1,8}$/i.exec(out ?? '')?.[0]?.toLowerCase()
  return (extension === undefined ? undefined : FORMAT_OF_EXTENSION[extension]) ?? 'json'
}
