import { extractArticleFromHtml } from '@whosaid/core/io'
import { CliError } from './cli-error.ts'
import { type ArticleInput, compactMeta } from './ingest-task.ts'

/**
 * Reads an article from an HTML page: the extracted text (title, blank line, paragraphs) is what gets analyzed
 * and stored, with the page's url, byline, date and site name as metadata. A page without body text (only
 * navigation or a script-rendered shell) is a `no-text` CliError naming `label`.
 * @example articleFromHtml(html, 'https://example.com/news/1', 'https://example.com/news/1')
 */
export function articleFromHtml(html: string, label: string, url?: string): ArticleInput {
  const page = extractArticleFromHtml(html, url === undefined ? {} : { url })
  if (page.text.trim().length <= (page.title?.length ?? 0)) {
    throw new CliError('no-text', 'has no article text (no paragraphs outside navigation and scripts)', label)
  }
  return {
    label,
    text: page.text,
    meta: compactMeta({
      url: page.url ?? url,
      publishedAt: page.publishedAt,
      source: page.source,
      byline: page.byline,
    }),
  }
}
