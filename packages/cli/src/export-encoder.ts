import {
  type Analysis,
  formatCsv,
  formatNdjson,
  type OutputFormat,
  toJsonLd,
  toWebAnnotations,
} from '@whosaid/core/io'

/** Writes an export piece by piece: `head` first, `encode` per analysis, `tail` last. */
export interface ExportEncoder {
  /** What comes before the first analysis (a CSV header row, the opening of a JSON document). */
  head(): string
  /** One analysis's part. */
  encode(analysis: Analysis): string
  /** What closes the export. */
  tail(): string
}

/** Options of an export encoder. */
export type ExportEncoderOptions = { bom?: boolean }

/**
 * An encoder whose pieces, joined, are byte for byte `formatAnalyses(analyses, format)`, so that an export of
 * any size streams one analysis at a time (CSV with a byte order mark when `bom` is set).
 * @example const encoder = exportEncoder('csv'); write(encoder.head()); for (const a of all) write(encoder.encode(a)); write(encoder.tail())
 */
export function exportEncoder(format: OutputFormat, options: ExportEncoderOptions = {}): ExportEncoder {
  switch (format) {
    case 'ndjson':
      return { head: () => '', encode: (analysis) => formatNdjson(analysis), tail: () => '' }
    case 'csv': {
      const header = formatCsv([])
      return {
        head: () => (options.bom ? `\uFEFF${header}` : header),
        encode: (analysis) => formatCsv(analysis).slice(header.length),
        tail: () => '',
      }
    }
    case 'json':
      return jsonListEncoder(
        (items) => items,
        (analysis) => [analysis],
      )
    case 'jsonld':
      return jsonListEncoder(
        (items) => ({ ...toJsonLd([]), '@graph': items }),
        (analysis) => toJsonLd(analysis)['@graph'],
      )
    case 'annotations':
      return jsonListEncoder(
        (items) => ({ ...toWebAnnotations([]), items }),
        (analysis) => toWebAnnotations(analysis).items,
      )
  }
}

// A marker item, to find where the list sits in the document as JSON.stringify lays it out.
const MARKER = JSON.stringify('whosaid:export-items')

/**
 * Streams a pretty-printed (2-space) JSON document holding one list, the way `JSON.stringify(document, null, 2)`
 * would print it whole: the document is laid out once around a marker item, and each item is printed indented
 * to the marker's depth (JSON strings never hold a raw line break, so indenting every line is safe).
 */
function jsonListEncoder(
  document: (items: unknown[]) => unknown,
  itemsOf: (analysis: Analysis) => unknown[],
) {
  const laidOut = `${JSON.stringify(document([JSON.parse(MARKER)]), null, 2)}\n`
  const at = laidOut.indexOf(MARKER)
  const lineStart = laidOut.lastIndexOf('\n', at) + 1
  const indent = laidOut.slice(lineStart, at)
  const after = laidOut.slice(at + MARKER.length)
  let count = 0
  return {
    head: () => laidOut.slice(0, lineStart - 1),
    encode(analysis: Analysis): string {
      let out = ''
      for (const item of itemsOf(analysis)) {
        const json = JSON.stringify(item, null, 2).replaceAll('\n', `\n${indent}`)
        out += `${count++ === 0 ? '\n' : ',\n'}${indent}${json}`
      }
      return out
    },
    // An empty list is printed "[]", on the line that opened it.
    tail: () => (count === 0 ? after.trimStart() : after),
  }
}
