import { CliError } from '../cli-error.ts'
import { decodeWebText } from '../decode-web-text.ts'
import { readFeedItem } from '../feed-items.ts'
import { fetchText } from '../fetch-text.ts'
import { articleFromHtml } from '../html-article.ts'
import type { ArticleInput, ReadContext } from '../ingest-task.ts'
import { decodeText } from '../read-text.ts'
import { fromBase64, jobsOfFeed } from './jobs-of-input.ts'
import type { QueueJob } from './queue-job.ts'

/** What a job turned out to hold: one article to store, or (a feed URL) more jobs to queue. */
export type JobContent = { kind: 'article'; article: ArticleInput } | { kind: 'jobs'; jobs: QueueJob[] }

/**
 * Reads what one queue job holds, fetching and extracting as `ingest` does: a file's bytes are checked and
 * decoded (throwing the same CliErrors: empty, binary, not UTF-8, no text), a URL fetched and read as a feed or
 * a page, a feed entry taken from its content or its link.
 * @example const content = await readJob({ kind: 'url', label: url, url }, { maxBytes, timeoutSeconds: 15, stdin })
 */
export async function readJob(job: QueueJob, context: ReadContext): Promise<JobContent> {
  switch (job.kind) {
    case 'article':
      return article({ label: job.label, text: job.text, meta: job.meta })
    case 'text-file':
      return article({ label: job.label, text: decodeText(fromBase64(job.base64), job.label), meta: {} })
    case 'html-file':
      return article(articleFromHtml(decodeWebText(fromBase64(job.base64), undefined, job.label), job.label))
    case 'feed-item':
      return article(await readFeedItem(job, context))
    case 'url':
      return readUrl(job.url, context)
  }
}

// A URL may be a feed or an article page; the response says which (a feed is XML whose root is rss or feed).
async function readUrl(url: string, context: ReadContext): Promise<JobContent> {
  const response = await fetchText(url, context)
  if (!response.contentType?.includes('html')) {
    try {
      return { kind: 'jobs', jobs: jobsOfFeed(response.text, url).jobs }
    } catch (error) {
      if (!(error instanceof CliError && error.code === 'not-a-feed')) throw error
    }
  }
  return article(articleFromHtml(response.text, url, response.url))
}

function article(input: ArticleInput): JobContent {
  return { kind: 'article', article: input }
}
