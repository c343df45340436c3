import type { Feed, FeedItem } from '@whosaid/core'
import { CliError } from './cli-error.ts'
import { fetchText } from './fetch-text.ts'
import { articleFromHtml } from './html-article.ts'
import { type ArticleInput, compactMeta, type IngestTask, type ReadContext } from './ingest-task.ts'

// A feed entry whose own content has this much text besides its title is taken as the full article; shorter
// content is a teaser, and the linked page is fetched instead.
const FULL_CONTENT_CHARS = 500

/**
 * One task per feed entry, labelled by its link, or by FEED#N (1-based) for an entry without one.
 * @example feedTasks(parseFeed(xml), 'world.rss').map((task) => task.label)
 */
export function feedTasks(feed: Feed, label: string): Extract<IngestTask, { kind: 'feed-item' }>[] {
  return feed.items.map((item, index) => ({
    kind: 'feed-item',
    label: item.url ?? `${label}#${index + 1}`,
    item,
    feedTitle: feed.title,
  }))
}

/**
 * Reads the article of one feed entry: from the entry's own content when it holds the full text, else from the
 * linked page (fetched within the limits; a page that fails fails the entry), and for an entry without a link
 * from whatever content or summary it has.
 * @example await readFeedItem(feedTasks(feed, 'world.rss')[0], { maxBytes, timeoutSeconds: 15, stdin })
 */
export async function readFeedItem(
  task: Extract<IngestTask, { kind: 'feed-item' }>,
  context: ReadContext,
): Promise<ArticleInput> {
  const { item, label } = task
  const inline = inlineArticle(item, label)
  const inlineLength = inline ? inline.text.length - item.title.length : 0
  let article = inline
  if (item.url !== null && inlineLength < FULL_CONTENT_CHARS) {
    const page = await fetchText(item.url, context)
    article = articleFromHtml(page.text, label, page.url)
  }
  if (!article) throw new CliError('no-text', 'the feed entry has no link and no content', label)
  return {
    ...article,
    meta: compactMeta({
      url: article.meta.url ?? item.url ?? undefined,
      // The page's own date when it states one (a feed's date is often its last update), else the entry's.
      publishedAt: article.meta.publishedAt ?? item.publishedAt,
      source: article.meta.source ?? task.feedTitle ?? undefined,
      byline: article.meta.byline,
    }),
  }
}

// The entry's content (or else its summary) as an article under the entry's title.
function inlineArticle(item: FeedItem, label: string): ArticleInput | undefined {
  const body =
    item.contentHtml ?? (item.summary === undefined ? undefined : `<p>${escapeHtml(item.summary)}</p>`)
  if (body === undefined) return undefined
  const html = `<html><head><title>${escapeHtml(item.title)}</title></head><body><article>${body}</article></body></html>`
  try {
    // Extraction names the link's host as the source of a page that names none; the feed's title is better.
    const article = articleFromHtml(html, label, item.url ?? undefined)
    const { source: _host, ...meta } = article.meta
    return { ...article, meta }
  } catch {
    return undefined
  }
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}
