import * as z from 'zod'
import type { Analysis } from '../schemas/analysis.ts'
import { formatCsv } from './csv.ts'
import { formatJson } from './json.ts'
import { formatJsonLd } from './jsonld.ts'
import { formatNdjson } from './ndjson.ts'
import { formatWebAnnotations } from './web-annotation.ts'

/** The export formats: JSON, NDJSON, CSV (one row per statement), schema.org JSON-LD, W3C Web Annotations. */
export const OutputFormatSchema = z
  .enum(['json', 'ndjson', 'csv', 'jsonld', 'annotations'])
  .meta({ id: 'OutputFormat', description: 'How to serialize analyses.' })

/** An export format. */
export type OutputFormat = z.infer<typeof OutputFormatSchema>

/** The media type (for Content-Type) and file extension of each export format. */
export const OUTPUT_FORMATS: Record<OutputFormat, { mediaType: string; extension: string }> = {
  json: { mediaType: 'application/json', extension: 'json' },
  ndjson: { mediaType: 'application/x-ndjson', extension: 'ndjson' },
  csv: { mediaType: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  jsonld: { mediaType: 'application/ld+json', extension: 'jsonld' },
  annotations: {
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    extension: 'jsonld',
  },
}

/**
 * Serializes analyses in the given export format; one place for the CLI's `export` and the API's `format`.
 * @example formatAnalyses([analyze(text)], 'csv') // 'article_id,statement_id,…\r\n…'
 */
export function formatAnalyses(input: Analysis | readonly Analysis[], format: OutputFormat): string {
  switch (format) {
    case 'json':
      return formatJson(input)
    case 'ndjson':
      return formatNdjson(input)
    case 'csv':
      return formatCsv(input)
    case 'jsonld':
      return formatJsonLd(input)
    case 'annotations':
      return formatWebAnnotations(input)
  }
}

export { CSV_COLUMNS, type CsvFormatOptions, formatCsv } from './csv.ts'
export { formatJson, type JsonFormatOptions } from './json.ts'
export { formatJsonLd, type JsonLdDocument, type JsonLdNode, toJsonLd } from './jsonld.ts'
export { formatNdjson } from './ndjson.ts'
export {
  type AnnotationPage,
  formatWebAnnotations,
  type TextPositionSelector,
  type TextQuoteSelector,
  toWebAnnotations,
  type WebAnnotation,
  type WebAnnotationOptions,
} from './web-annotation.ts'
