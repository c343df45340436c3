import { HTTP_URL, LOCAL_HOST, URL_HOST, URL_SCHEME } from './patterns.ts'

/**
 * Resolves a link against the page it is on and returns an absolute http(s) URL, or undefined for other
 * schemes (mailto:, javascript:) and for relative links without a base. Needs no `URL` global.
 * @example resolveUrl('../b?x=1', 'https://example.com/news/a/') // 'https://example.com/news/b?x=1'
 */
export function resolveUrl(href: string, base?: string): string | undefined {
  const link = href.trim()
  if (link === '') return base === undefined ? undefined : resolveUrl(base)
  if (URL_SCHEME.test(link)) return HTTP_URL.test(link) ? link : undefined
  const parts = base === undefined ? null : HTTP_URL.exec(base.trim())
  if (!parts) return undefined
  const [, origin = '', path = '/', rest = ''] = parts
  if (link.startsWith('//')) return `${origin.slice(0, origin.indexOf(':') + 1)}${link}`
  if (link.startsWith('/')) return origin + removeDotSegments(link)
  if (link.startsWith('?')) return origin + path + link
  if (link.startsWith('#')) return origin + path + (rest.startsWith('?') ? rest.split('#')[0] : '') + link
  const directory = path.slice(0, path.lastIndexOf('/') + 1) || '/'
  return origin + removeDotSegments(directory + link)
}

/** The host of an http(s) URL without a leading "www.", or undefined. */
export function hostOf(url: string): string | undefined {
  const host = URL_HOST.exec(url)?.[1]?.toLowerCase()
  return host?.startsWith('www.') ? host.slice(4) : host
}

// Second-level labels under a country code that belong to the suffix: "bbc.co.uk", "abc.net.au", "x.com.br".
const SUFFIX_LABELS = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne', 'gv'])
// Hosts of this many letters or fewer are read as initials ("bbc.co.uk" → "BBC").
const INITIALS = 3
const SUBDOMAINS = new Set([
  'www',
  'm',
  'mobile',
  'amp',
  'edition',
  'news',
  'de',
  'en',
  'fr',
  'es',
  'it',
  'pl',
  'uk',
  'us',
])

/**
 * A publisher's name read from its host when the page names none: the registered name without its suffix,
 * words split on hyphens and capitalized, short names as initials.
 * @example nameOfHost('https://www.reuters.com/world/x') // 'Reuters'
 */
export function nameOfHost(url: string): string | undefined {
  const host = hostOf(url)
  if (host === undefined || LOCAL_HOST.test(host)) return undefined
  const labels = host.split('.').filter(Boolean)
  while (labels.length > 2 && SUBDOMAINS.has(labels[0] as string)) labels.shift()
  let index = labels.length - 2
  const second = labels[index]
  if (index > 0 && second !== undefined && SUFFIX_LABELS.has(second) && (labels.at(-1)?.length ?? 0) === 2)
    index--
  const name = labels[Math.max(0, index)]
  if (!name) return undefined
  if (name.length <= INITIALS) return name.toUpperCase()
  return name
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')
}

// RFC 3986 §5.2.4 for the path; the query and fragment after it are kept as they are.
function removeDotSegments(pathAndRest: string): string {
  const cut =
    [pathAndRest.indexOf('?'), pathAndRest.indexOf('#')].filter((at) => at !== -1).sort((a, b) => a - b)[0] ??
    -1
  const path = cut === -1 ? pathAndRest : pathAndRest.slice(0, cut)
  const rest = cut === -1 ? '' : pathAndRest.slice(cut)
  const output: string[] = []
  const segments = path.split('/')
  for (const [index, segment] of segments.entries()) {
    if (segment === '..') {
      if (output.length > 1) output.pop()
      if (index === segments.length - 1) output.push('')
    } else if (segment === '.') {
      if (index === segments.length - 1) output.push('')
    } else {
      output.push(segment)
    }
  }
  return output.join('/') + rest
}
