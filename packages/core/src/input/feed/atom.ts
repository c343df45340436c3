import { normalizeDate } from '../date.ts'
import type { MarkupElement } from '../html/tree.ts'
import type { Feed, FeedItem } from '../schemas.ts'
import { resolveUrl } from '../url.ts'
import { childNamed, childrenNamed, escapeHtml, htmlOf, htmlToText, lineOf } from './xml.ts'

/**
 * Reads an Atom feed from its root element: the feed's title and alternate link, and each entry's title,
 * alternate link, date (published, updated), summary and content (text, html or xhtml).
 * @example readAtom(root).items[0].publishedAt // '2024-03-05T10:00:00Z'
 */
export function readAtom(root: MarkupElement): Feed {
  const url = alternateLink(root, undefined) ?? null
  return {
    format: 'atom',
    title: textConstruct(child(root, 'title')) || null,
    url,
    items: childrenNamed(root, 'entry', 'atom:entry').map((entry) => readEntry(entry, url ?? undefined)),
  }
}

function readEntry(entry: MarkupElement, base: string | undefined): FeedItem {
  const read: FeedItem = {
    title: textConstruct(child(entry, 'title')),
    url: alternateLink(entry, base) ?? null,
  }
  const date = ['published', 'updated', 'issued', 'modified']
    .map((name) => normalizeDate(lineOf(child(entry, name))))
    .find(Boolean)
  if (date) read.publishedAt = date
  const summary = textConstruct(child(entry, 'summary'))
  if (summary) read.summary = summary
  const content = child(entry, 'content')
  const contentHtml = content && !content.attributes.has('src') ? contentAsHtml(content).trim() : ''
  if (contentHtml) read.contentHtml = contentHtml
  return read
}

function child(element: MarkupElement, name: string): MarkupElement | undefined {
  return childNamed(element, name, `atom:${name}`)
}

// The rel="alternate" link (or one without rel), resolved against the element's xml:base or the feed's link.
function alternateLink(element: MarkupElement, base: string | undefined): string | undefined {
  const links = childrenNamed(element, 'link', 'atom:link')
  const alternate =
    links.find((link) => (link.attributes.get('rel') ?? 'alternate') === 'alternate' && isHtml(link)) ??
    links.find((link) => (link.attributes.get('rel') ?? 'alternate') === 'alternate')
  const href = alternate?.attributes.get('href')
  return href === undefined ? undefined : resolveUrl(href, element.attributes.get('xml:base') ?? base)
}

function isHtml(link: MarkupElement): boolean {
  const type = link.attributes.get('type')
  return type === undefined || type.includes('html')
}

// An Atom text construct as plain text, whatever its type.
function textConstruct(element: MarkupElement | undefined): string {
  if (!element) return ''
  const type = element.attributes.get('type') ?? 'text'
  return type === 'text' ? lineOf(element) : htmlToText(htmlOf(element))
}

function contentAsHtml(content: MarkupElement): string {
  const type = content.attributes.get('type') ?? 'text'
  if (type === 'html' || type === 'text/html') return htmlOf(content)
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const wrapper = childNamed(content, 'div', 'xhtml:div')
    return htmlOf(wrapper ?? content)
  }
  return type.startsWith('text') ? escapeHtml(lineOf(content)) : ''
}
