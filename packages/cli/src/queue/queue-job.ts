import type { AnalyzeOptions, FeedItem } from '@whosaid/core'

/**
 * One job of the ingest queue: what a worker on any machine needs to store one article. A file's bytes travel in
 * the job (base64), as the worker may not see the file; a URL or a feed entry's link is fetched by the worker.
 */
export type QueueJob =
  /** A text file's bytes, checked (empty, binary, not UTF-8) and decoded by the worker. */
  | { kind: 'text-file'; label: string; base64: string }
  /** An HTML file's bytes, decoded by its declared charset and extracted by the worker. */
  | { kind: 'html-file'; label: string; base64: string }
  /** An article whose text is known already: an NDJSON batch line. */
  | { kind: 'article'; label: string; text: string; meta: AnalyzeOptions }
  /** A URL: an article page, or a feed whose entries the worker queues as jobs of their own. */
  | { kind: 'url'; label: string; url: string }
  /** A feed entry: taken from its content, or fetched from its link. */
  | { kind: 'feed-item'; label: string; item: FeedItem; feedTitle: string | null }

/** The name of the pg-boss queue that holds whosaid's ingest jobs. */
export const INGEST_QUEUE = 'whosaid-ingest'

/** True when a value read back from the queue looks like a QueueJob (jobs are written by this code only). */
export function isQueueJob(value: unknown): value is QueueJob {
  if (typeof value !== 'object' || value === null) return false
  const { kind, label } = value as { kind?: unknown; label?: unknown }
  return (
    typeof label === 'string' &&
    (kind === 'text-file' ||
      kind === 'html-file' ||
      kind === 'article' ||
      kind === 'url' ||
      kind === 'feed-item')
  )
}
