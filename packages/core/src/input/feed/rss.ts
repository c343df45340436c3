import { normalizeDate } from '../date.ts'
import { findElements } from '../html/query.ts'
import type { MarkupElement } from '../html/tree.ts'
import type { Feed, FeedItem } from '../schemas.ts'
import { resolveUrl } from '../url.ts'
import { childNamed, htmlOf, htmlToText, lineOf } from './xml.ts'

/**
 * Reads an RSS 2.0 or RSS 1.0 (RDF) feed from its root element: the channel's title and link, and each item's
 * title, link (or permalink guid), date (pubDate, dc:date), description and content:encoded.
 * @example readRss(root, 'rss').items[0].url // 'https://example.com/a'
 */
export function readRss(root: MarkupElement, format: 'rss' | 'rdf'): Feed {
  const channel = childNamed(root, 'channel', 'rss:channel') ?? root
  const url = resolveUrl(lineOf(childNamed(channel, 'link', 'rss:link'))) ?? null
  // RSS 2.0 puts items in the channel, RSS 1.0 next to it; items never nest.
  const items = findElements(root, (element) => element.name === 'item' || element.name === 'rss:item')
  return {
    format,
    title: lineOf(childNamed(channel, 'title', 'rss:title')) || null,
    url,
    items: items.map((item) => readItem(item, url ?? undefined)),
  }
}

function readItem(item: MarkupElement, base: string | undefined): FeedItem {
  const read: FeedItem = {
    title: htmlToText(lineOf(childNamed(item, 'title', 'rss:title'))),
    url: itemUrl(item, base) ?? null,
  }
  const date = ['pubdate', 'dc:date', 'published', 'atom:published', 'updated', 'atom:updated', 'a10:updated']
    .map((name) => normalizeDate(lineOf(childNamed(item, name))))
    .find(Boolean)
  if (date) read.publishedAt = date
  const description = childNamed(item, 'description', 'rss:description')
  const summary = description && htmlToText(htmlOf(description))
  if (summary) read.summary = summary
  const content = childNamed(item, 'content:encoded')
  const contentHtml = content && htmlOf(content).trim()
  if (contentHtml) read.contentHtml = contentHtml
  return read
}

function itemUrl(item: MarkupElement, base: string | undefined): string | undefined {
  const link = lineOf(childNamed(item, 'link', 'rss:link'))
  if (link) return resolveUrl(link, base)
  const alternate = childNamed(item, 'atom:link')?.attributes.get('href')
  if (alternate) return resolveUrl(alternate, base)
  const guid = childNamed(item, 'guid')
  if (guid && guid.attributes.get('ispermalink')?.toLowerCase() !== 'false') return resolveUrl(lineOf(guid))
  return item.attributes.get('rdf:about') === undefined
    ? undefined
    : resolveUrl(item.attributes.get('rdf:about') ?? '')
}
