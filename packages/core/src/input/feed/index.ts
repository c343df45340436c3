import { InputError } from '../errors.ts'
import { findElement } from '../html/query.ts'
import { parseMarkup } from '../html/tree.ts'
import type { Feed } from '../schemas.ts'
import { readAtom } from './atom.ts'
import { readRss } from './rss.ts'

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed into its items: title, url, publishedAt, summary (plain text)
 * and contentHtml. Tolerates broken markup, CDATA, HTML entities and namespaced elements; throws an
 * `InputError` with code `not-a-feed` when the document is no feed at all (an HTML page, say).
 * @example parseFeed(xml).items.map((item) => item.url)
 */
export function parseFeed(xml: string): Feed {
  const document = parseMarkup(xml, { xml: true })
  const root = findElement(document, () => true)
  const name = root?.name ?? ''
  if (root && (name === 'rss' || name === 'rss:rss')) return readRss(root, 'rss')
  if (root && (name === 'rdf:rdf' || name === 'rdf')) return readRss(root, 'rdf')
  if (root && (name === 'feed' || name === 'atom:feed')) return readAtom(root)
  const what = name ? `its root element is <${name}>` : 'it has no elements'
  throw new InputError('not-a-feed', `not an RSS or Atom feed: ${what}`)
}
