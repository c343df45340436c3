import { normalizeDate, readDateText, readUrlDate } from '../date.ts'
import { BYLINE_PREFIX, SOCIAL_HANDLE, SPACE_RUN, URL_SCHEME, WORD_BOUNDARY } from '../patterns.ts'
import { hostOf, nameOfHost, resolveUrl } from '../url.ts'
import { type LinkedArticle, readLinkedArticle } from './json-ld.ts'
import { collapseSpaces, findElement, hasNameWord, shortText, textContent, walkElements } from './query.ts'
import type { MarkupElement } from './tree.ts'

/** What a page says about its article outside the body: title, byline, date, publisher and address. */
export interface PageMetadata {
  title?: string
  byline?: string
  publishedAt?: string
  source?: string
  url?: string
  /** The page's summary of its article (og:description, description, twitter:description), often its lead. */
  description?: string
  /** The page's schema.org article, whose `articleBody` serves when the markup holds no prose. */
  linked: LinkedArticle
}

const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
]
const MAX_BYLINE = 200
const MAX_SOURCE = 80
const TITLE_SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' :: ', ' · ']

/**
 * Reads the article's title (og:title, JSON-LD headline, h1, title), byline, publication date (meta tags,
 * JSON-LD datePublished, time[datetime]), publisher and canonical URL from a parsed page.
 * @example readMetadata(parseMarkup(html), 'https://example.com/a').publishedAt // '2024-03-05T10:00:00Z'
 */
export function readMetadata(document: MarkupElement, pageUrl?: string): PageMetadata {
  const metas = readMetaTags(document)
  const linked = readLinkedArticle(document)
  const canonical = findElement(document, (e) => e.name === 'link' && relOf(e).includes('canonical'))
  const url =
    (pageUrl === undefined ? undefined : resolveUrl(pageUrl)) ??
    firstUrl([canonical?.attributes.get('href'), metas.get('og:url'), linked.url], pageUrl)
  const source = readSource(metas, linked, url)
  const metadata: PageMetadata = { linked }
  const title = readTitle(document, metas, linked, source)
  const byline = readByline(document, metas, linked)
  const publishedAt = readDate(document, metas, linked) ?? (url === undefined ? undefined : readUrlDate(url))
  if (title) metadata.title = title
  if (byline) metadata.byline = byline
  if (publishedAt) metadata.publishedAt = publishedAt
  if (source) metadata.source = source
  if (url) metadata.url = url
  const description = firstText([
    metas.get('og:description'),
    metas.get('description'),
    metas.get('twitter:description'),
  ])
  if (description) metadata.description = description
  return metadata
}

// The publisher's name: the one of og:site_name, the JSON-LD publisher and application-name that matches the host
// (a Reuters page's og:site_name is its section, "U.S."), else the first of them, else the host made readable.
function readSource(
  metas: Map<string, string>,
  linked: LinkedArticle,
  url: string | undefined,
): string | undefined {
  const names = [metas.get('og:site_name'), linked.publisher, metas.get('application-name')]
    .map((name) => (name === undefined ? '' : collapseSpaces(name)))
    .filter((name) => name !== '' && name.length <= MAX_SOURCE && !URL_SCHEME.test(name))
  const host = url === undefined ? undefined : hostOf(url)
  const key = host === undefined ? '' : compact(host.split('.').slice(0, -1).join(''))
  const matching = names.find((name) => {
    const nameKey = compact(name)
    return nameKey.length > 1 && key.length > 1 && (key.includes(nameKey) || nameKey.includes(key))
  })
  return matching ?? names[0] ?? (url === undefined ? undefined : nameOfHost(url))
}

function compact(text: string): string {
  return text.toLowerCase().split(WORD_BOUNDARY).join('')
}

// <meta property|name|itemprop="…" content="…">, keyed in lower case; the first of each key wins.
function readMetaTags(document: MarkupElement): Map<string, string> {
  const metas = new Map<string, string>()
  walkElements(document, (element) => {
    if (element.name !== 'meta') return true
    const key =
      element.attributes.get('property') ??
      element.attributes.get('name') ??
      element.attributes.get('itemprop')
    const content = element.attributes.get('content')
    if (key && content && !metas.has(key.toLowerCase())) metas.set(key.toLowerCase(), content)
    return true
  })
  return metas
}

function readTitle(
  document: MarkupElement,
  metas: Map<string, string>,
  linked: LinkedArticle,
  source: string | undefined,
): string | undefined {
  const heading = findElement(document, (element) => element.name === 'h1')
  const titleElement = findElement(document, (element) => element.name === 'title')
  const fromMeta = firstText([metas.get('og:title'), metas.get('twitter:title'), linked.headline])
  if (fromMeta) return stripSiteName(fromMeta, source, false)
  const fromPage = firstText([heading && textContent(heading)])
  if (fromPage) return fromPage
  const fromTitle = firstText([titleElement && textContent(titleElement)])
  return fromTitle && stripSiteName(fromTitle, source, true)
}

// "Ministers clash | Example News" → "Ministers clash"; a <title> loses its last part even when the site's name
// is unknown, as long as what remains is the longer part.
function stripSiteName(title: string, source: string | undefined, isDocumentTitle: boolean): string {
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator)
    if (at <= 0) continue
    const head = title.slice(0, at).trim()
    const tail = title.slice(at + separator.length).trim()
    const isSiteName = source !== undefined && tail.toLowerCase() === source.toLowerCase()
    if (isSiteName || (isDocumentTitle && separator === ' | ' && head.length > tail.length)) return head
  }
  return title
}

function readByline(
  document: MarkupElement,
  metas: Map<string, string>,
  linked: LinkedArticle,
): string | undefined {
  const marked = findElement(document, (element) => {
    const itemprop = element.attributes.get('itemprop')?.toLowerCase()
    if (itemprop === 'author' && element.name !== 'meta' && element.name !== 'link') return true
    if (relOf(element).includes('author')) return true
    const classes = element.attributes.get('class')?.toLowerCase().split(' ') ?? []
    return classes.includes('byline') || classes.includes('author-name')
  })
  const candidates = [
    linked.author,
    metas.get('author'),
    metas.get('article:author'),
    metas.get('parsely-author'),
  ]
  const byline = firstText([
    ...candidates.filter((value) => !value || !URL_SCHEME.test(value)),
    marked && textContent(marked),
  ])
  if (!byline || byline.length > MAX_BYLINE) return undefined
  return cleanByline(byline)
}

/**
 * A byline without its "By", social handles and "Follow on Twitter" lines, and the separators they leave.
 * @example cleanByline('By Ann Writer @annwrites') // 'Ann Writer'
 */
export function cleanByline(byline: string): string | undefined {
  const cleaned = byline.replace(SOCIAL_HANDLE, ' ').replace(SPACE_RUN, ' ').trim().replace(BYLINE_PREFIX, '')
  const trimmed = trimSeparators(cleaned)
  return trimmed === '' ? undefined : trimmed
}

// Separators and punctuation left at either end once handles are gone; a loop, as a regex anchored at the end
// would be quadratic on long runs.
const SEPARATORS = new Set([...' |,;:·•–—-'])

function trimSeparators(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && SEPARATORS.has(text[start] as string)) start++
  while (end > start && SEPARATORS.has(text[end - 1] as string)) end--
  return text.slice(start, end)
}

function readDate(
  document: MarkupElement,
  metas: Map<string, string>,
  linked: LinkedArticle,
): string | undefined {
  for (const key of DATE_KEYS) {
    const date = normalizeDate(metas.get(key) ?? '')
    if (date) return date
  }
  const fromLinked = normalizeDate(linked.datePublished ?? '')
  if (fromLinked) return fromLinked
  const published = findElement(
    document,
    (element) => element.name === 'time' && element.attributes.has('datetime') && isPublicationTime(element),
  )
  const anyTime =
    published ??
    findElement(document, (element) => element.name === 'time' && element.attributes.has('datetime'))
  return normalizeDate(anyTime?.attributes.get('datetime') ?? '') ?? readDateLine(document)
}

// Elements whose class or id names a date ("post-date", "article__published", "datum") or a <time> without
// datetime: the date line a reader sees. The first short one with a readable date gives the day.
const DATE_LINE_WORDS = new Set([
  'date',
  'dateline',
  'published',
  'pubdate',
  'posted',
  'time',
  'datum',
  'timestamp',
])
const MAX_DATE_LINE = 120
const MAX_DATE_NODES = 64

function readDateLine(document: MarkupElement): string | undefined {
  let found: string | undefined
  walkElements(document, (element) => {
    if (found !== undefined) return false
    if (isCodeElement(element)) return false
    if (element.name !== 'time' && !namesDate(element)) return true
    const text = shortText(element, MAX_DATE_LINE * 4, MAX_DATE_NODES)
    if (text === undefined) return true
    found = readDateText(collapseSpaces(text))
    return false
  })
  return found
}

function namesDate(element: MarkupElement): boolean {
  return hasNameWord(element, DATE_LINE_WORDS)
}

function isCodeElement(element: MarkupElement): boolean {
  return element.name === 'script' || element.name === 'style' || element.name === 'template'
}

function isPublicationTime(element: MarkupElement): boolean {
  return (
    element.attributes.has('pubdate') || element.attributes.get('itemprop')?.toLowerCase() === 'datepublished'
  )
}

function relOf(element: MarkupElement): string[] {
  return element.attributes.get('rel')?.toLowerCase().split(' ') ?? []
}

function firstText(values: readonly (string | undefined)[]): string | undefined {
  for (const value of values) {
    const text = value === undefined ? '' : collapseSpaces(value)
    if (text) return text
  }
  return undefined
}

function firstUrl(values: readonly (string | undefined)[], base: string | undefined): string | undefined {
  for (const value of values) {
    const url = value === undefined ? undefined : resolveUrl(value, base)
    if (url) return url
  }
  return undefined
}
