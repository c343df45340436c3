import type { AnalyzeOptions, FeedItem } from '@whosaid/core'
import type { CliError } from './cli-error.ts'

/** An article ready to analyze and store, with the label (FILE, FILE:LINE or URL) that its errors name. */
export type ArticleInput = { label: string; text: string; meta: AnalyzeOptions }

/** One unit of ingest work: an input as given, a feed entry still to read, or an article to store. */
export type IngestTask =
  | { kind: 'input'; input: string }
  | { kind: 'feed-item'; label: string; item: FeedItem; feedTitle: string | null }
  | { kind: 'article'; article: ArticleInput }

/** What reading an input or feed entry gave: tasks to run next, and one failure per bad line or entry. */
export type Expansion = { tasks: IngestTask[]; failures: CliError[] }

/** The limits that reading inputs keeps to, and where standard input comes from. */
export type ReadContext = {
  maxBytes: number
  timeoutSeconds: number
  stdin: () => AsyncIterable<Uint8Array>
}

/** An expansion into one article. */
export function oneArticle(article: ArticleInput): Expansion {
  return { tasks: [{ kind: 'article', article }], failures: [] }
}

/** Metadata without the fields that are undefined (exactOptionalPropertyTypes keeps them out of the type). */
export function compactMeta(meta: { [Key in keyof AnalyzeOptions]?: string | undefined }): AnalyzeOptions {
  const out: AnalyzeOptions = {}
  if (meta.url !== undefined) out.url = meta.url
  if (meta.publishedAt !== undefined) out.publishedAt = meta.publishedAt
  if (meta.source !== undefined) out.source = meta.source
  if (meta.byline !== undefined) out.byline = meta.byline
  return out
}
