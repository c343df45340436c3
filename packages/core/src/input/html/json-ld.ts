import { decodeEntities } from './entities.ts'
import { findElements, textContent } from './query.ts'
import { wordSet } from './tags.ts'
import type { MarkupElement } from './tree.ts'

/** What a page's schema.org JSON-LD says about its article. */
export interface LinkedArticle {
  headline?: string
  datePublished?: string
  author?: string
  publisher?: string
  url?: string
  articleBody?: string
}

const ARTICLE_TYPES = wordSet(
  'article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle reviewnewsarticle backgroundnewsarticle ' +
    'askpublicnewsarticle blogposting liveblogposting socialmediaposting report scholarlyarticle techarticle',
)

// Nesting deeper than this is not an article description; the bound keeps odd pages cheap.
const MAX_DEPTH = 8

/**
 * Reads the first schema.org article (NewsArticle, BlogPosting, …) from a page's
 * `<script type="application/ld+json">` blocks, looking inside arrays and `@graph`; broken JSON is skipped.
 * @example readLinkedArticle(parseMarkup(html)).headline // 'Ministers clash over levies'
 */
export function readLinkedArticle(document: MarkupElement): LinkedArticle {
  const scripts = findElements(
    document,
    (element) =>
      element.name === 'script' &&
      element.attributes.get('type')?.trim().toLowerCase() === 'application/ld+json',
  )
  for (const script of scripts) {
    const article = findArticle(parseJson(textContent(script)), 0)
    if (article) return describe(article)
  }
  return {}
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function findArticle(value: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return undefined
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1)
      if (found) return found
    }
    return undefined
  }
  const record = value as Record<string, unknown>
  const types = [record['@type']].flat().filter((type): type is string => typeof type === 'string')
  if (types.some((type) => ARTICLE_TYPES.has(type.toLowerCase()))) return record
  return findArticle(record['@graph'], depth + 1) ?? findArticle(record.mainEntity, depth + 1)
}

function describe(article: Record<string, unknown>): LinkedArticle {
  const described: LinkedArticle = {}
  const set = (key: keyof LinkedArticle, value: string | undefined) => {
    if (value) described[key] = value
  }
  set('headline', text(article.headline) ?? text(article.name))
  set('datePublished', text(article.datePublished) ?? text(article.dateCreated))
  set('author', names(article.author))
  set('publisher', names(article.publisher))
  set(
    'url',
    text(article.url) ?? text(article.mainEntityOfPage) ?? text(field(article.mainEntityOfPage, '@id')),
  )
  set('articleBody', text(article.articleBody))
  return described
}

// Some sites escape HTML inside their JSON ("Fish &amp; chips"); decoding is harmless when they do not.
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? decodeEntities(value.trim()) : undefined
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined
}

// An author may be a string, a Person or Organization, or a list of them.
function names(value: unknown): string | undefined {
  const list = [value].flat().slice(0, 10)
  const found = list
    .map((item) => text(item) ?? text(field(item, 'name')))
    .filter((name): name is string => name !== undefined)
  return found.length > 0 ? found.join(', ') : undefined
}
