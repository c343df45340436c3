import { normalizeDate } from './date.ts'
import { type BatchError, type BatchItem, BatchItemSchema } from './schemas.ts'

/** A batch read from NDJSON: the good lines as items (with their line numbers), the bad ones as errors. */
export interface NdjsonBatch {
  items: (BatchItem & { line: number })[]
  errors: BatchError[]
}

/**
 * Reads an NDJSON batch for ingestion: one JSON object per line with `text` and optional `url`, `publishedAt`
 * (ISO 8601 or RFC 822, normalized) and `source`; other fields are ignored. Blank lines are skipped; a line
 * that is not JSON or not such an object becomes an error naming its line, and the other lines still count.
 * @example parseNdjsonBatch('{"text":"Ann said so."}\nnot json') // { items: [{ line: 1, text: 'Ann said so.' }], errors: [{ line: 2, code: 'invalid-json', … }] }
 */
export function parseNdjsonBatch(ndjson: string): NdjsonBatch {
  const batch: NdjsonBatch = { items: [], errors: [] }
  const lines = ndjson.split('\n')
  for (const [index, raw] of lines.entries()) {
    const line = index + 1
    const text = (index === 0 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw).trim()
    if (text === '') continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      batch.errors.push({
        line,
        code: 'invalid-json',
        message: error instanceof Error ? error.message : 'not JSON',
      })
      continue
    }
    const parsed = BatchItemSchema.safeParse(withNormalizedDate(value))
    if (parsed.success) {
      batch.items.push({ line, ...parsed.data })
    } else {
      const message = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`)
        .join('; ')
      batch.errors.push({ line, code: 'invalid-item', message })
    }
  }
  return batch
}

// Feeds and exports often write dates as RFC 822 or without an offset; accept what normalizeDate can read.
function withNormalizedDate(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const record = value as Record<string, unknown>
  if (typeof record.publishedAt !== 'string') return value
  return { ...record, publishedAt: normalizeDate(record.publishedAt) ?? record.publishedAt }
}
