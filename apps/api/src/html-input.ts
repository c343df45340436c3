// An article sent as an HTML page: extracted on the server with core's extractor. The server never fetches a URL a
// client names; `url` is only the page's address, kept as metadata and used to resolve its links.
import { type AnalyzeOptions, extractArticleFromHtml } from '@whosaid/core'
import { z } from 'zod'
import { ApiError } from './errors.ts'

/** `POST /v1/articles` with a JSON body of a page: `{ "html": "<html>…", "url"?: "https://…" }`. */
export const HtmlInputSchema = z.object({
  html: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'use an http or https URL' }).optional(),
})

/** Whether a request's body is an HTML page (`text/html`). */
export function isHtmlType(contentType: string | undefined): boolean {
  return /^text\/html\s*(?:;|$)/i.test(contentType ?? '')
}

/**
 * The text to analyze and its metadata, from a page; a page without article text is a 422 `no-article-text`.
 * @example const { text, meta } = articleFromHtml('<article><h1>Title</h1><p>…</p></article>')
 */
export function articleFromHtml(html: string, url?: string): { text: string; meta: AnalyzeOptions } {
  const page = extractArticleFromHtml(html, url === undefined ? {} : { url })
  if (page.text.trim().length <= (page.title?.length ?? 0)) {
    throw new ApiError(
      422,
      'no-article-text',
      'The page has no article text (no paragraphs outside navigation).',
    )
  }
  const meta: AnalyzeOptions = {}
  const pageUrl = page.url ?? url
  if (pageUrl) meta.url = pageUrl
  if (page.publishedAt) meta.publishedAt = page.publishedAt
  if (page.source) meta.source = page.source
  if (page.byline) meta.byline = page.byline
  return { text: page.text, meta }
}
