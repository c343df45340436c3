import type { Analysis } from '../schemas/analysis.ts'

/** Options for `formatJson`. */
export interface JsonFormatOptions {
  /** Spaces per indent level; 0 gives one compact line. Default 2. */
  indent?: number
}

/**
 * Serializes one analysis as a JSON object, or several as a JSON array, ending with a newline.
 * @example formatJson(analyze(text)) // '{\n  "article": {…'
 */
export function formatJson(input: Analysis | readonly Analysis[], options: JsonFormatOptions = {}): string {
  return `${JSON.stringify(input, null, options.indent ?? 2)}\n`
}
