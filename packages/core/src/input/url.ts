import { HTTP_URL, URL_HOST, URL_SCHEME } from './patterns.ts'

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
