import type { Analysis } from '../schemas/analysis.ts'
import { toList } from './spans.ts'

/**
 * Serializes analyses as newline-delimited JSON: one compact Analysis per line, each line ending with "\n".
 * JSON escapes line breaks inside strings, so a line is always exactly one record.
 * @example formatNdjson([analyze(a), analyze(b)]).split('\n').length // 3 (two records and the final newline)
 */
export function formatNdjson(input: Analysis | readonly Analysis[]): string {
  return toList(input)
    .map((analysis) => `${JSON.stringify(analysis)}\n`)
    .join('')
}
