import { type Query, withQuery } from './api-client.ts'

/** Encodes one path segment but keeps the colon of actor ids (`person:ann-lee`) readable. */
function pathSegment(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':')
}

/** The site path of an article. */
export function articleHref(id: string): string {
  return `/articles/${pathSegment(id)}`
}

/** The site path of an actor. */
export function actorHref(id: string): string {
  return `/actors/${pathSegment(id)}`
}

/** The site path of the article list with filters (`actor`: only the articles that name that actor). */
export function articlesHref(query: Query = {}): string {
  return withQuery('/articles', query)
}

/** The site path of the statements list with filters. */
export function statementsHref(query: Query = {}): string {
  return withQuery('/statements', query)
}

/** The site path of the relations graph, optionally around one actor or for one polarity. */
export function relationsHref(query: Query = {}): string {
  return withQuery('/relations', query)
}

/** The site path of the search page. */
export function searchHref(q: string): string {
  return withQuery('/search', { q })
}

/** The element id of a statement's card on an article page. */
export function statementAnchor(statementId: string): string {
  return `st-${statementId}`
}

/** The element id of a statement's mark in the article text. */
export function statementMarkAnchor(statementId: string): string {
  return `m-${statementId}`
}

/** The path of an article with the card of one of its statements in view. */
export function statementHref(articleId: string, statementId: string): string {
  return `${articleHref(articleId)}#${statementAnchor(statementId)}`
}

/** The schemes an outside link may have: anything else (`javascript:`, `data:`, …) could run or show content. */
const LINKABLE_PROTOCOLS = new Set(['http:', 'https:'])

/**
 * The href of a link to an outside page, or null when `url` is no absolute http(s) URL and must not become a
 * link (a `javascript:` or `data:` URL would run or show content under the site's name).
 * @example externalHref('https://example.org/a') // 'https://example.org/a'
 * @example externalHref('javascript:alert(1)') // null
 */
export function externalHref(url: string | undefined): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  return LINKABLE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null
}
