import { EXTRACTOR } from '@whosaid/core/io'
import { CliError } from './cli-error.ts'
import { decodeWebText } from './decode-web-text.ts'
import { readStream, tooLarge } from './read-text.ts'

/** How long and how large one web request may be. */
export type FetchLimits = { timeoutSeconds: number; maxBytes: number }

/** A fetched page or feed: where it ended up after redirects, its Content-Type and its decoded text. */
export type FetchedText = { url: string; contentType: string | undefined; text: string }

const USER_AGENT = `${EXTRACTOR.name}/${EXTRACTOR.version}`
const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8'

/**
 * Fetches an http(s) URL as text with the global `fetch`, within a time limit (the whole request, body
 * included) and a size limit (checked against Content-Length, then enforced while the body streams in).
 * Every failure is a CliError naming the URL: `bad-url`, `timeout`, `http-status`, `too-large`, `network`,
 * `empty` or `binary`.
 * @example const { text } = await fetchText('https://example.com/news/1', { timeoutSeconds: 15, maxBytes: 5e6 })
 */
export async function fetchText(url: string, limits: FetchLimits): Promise<FetchedText> {
  checkUrl(url)
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(limits.timeoutSeconds * 1000),
      headers: { accept: ACCEPT, 'user-agent': USER_AGENT },
      redirect: 'follow',
    })
    if (!response.ok) {
      await response.body?.cancel()
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
      throw new CliError('http-status', status, url)
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN)
    if (declared > limits.maxBytes) {
      await response.body?.cancel()
      throw tooLarge(url, limits.maxBytes)
    }
    const bytes = response.body ? await readStream(response.body, limits.maxBytes, url) : new Uint8Array(0)
    const contentType = response.headers.get('content-type') ?? undefined
    return { url: response.url || url, contentType, text: decodeWebText(bytes, contentType, url) }
  } catch (error) {
    throw fetchError(error, url, limits)
  }
}

/** Throws a `bad-url` CliError unless `url` is an absolute http or https URL. */
export function checkUrl(url: string): void {
  if (!URL.canParse(url)) throw new CliError('bad-url', 'is not a valid URL', url)
  const { protocol } = new URL(url)
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new CliError('bad-url', `only http and https URLs can be fetched, not ${protocol}`, url)
  }
}

// fetch rejects with a DOMException on timeout and a TypeError("fetch failed") whose cause says what broke.
function fetchError(error: unknown, url: string, limits: FetchLimits): CliError {
  if (error instanceof CliError) return error
  const name = (error as { name?: unknown }).name
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new CliError('timeout', `timed out after ${limits.timeoutSeconds} s (see --timeout)`, url)
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause
  const code = typeof cause?.code === 'string' ? cause.code : undefined
  const detail = code ?? (typeof cause?.message === 'string' ? cause.message : undefined)
  const message = error instanceof Error ? error.message : String(error)
  return new CliError('network', `cannot be fetched (${(detail ?? message).split('\n')[0]})`, url)
}
