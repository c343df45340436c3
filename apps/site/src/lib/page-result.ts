import { ApiError } from './api-client.ts'

/** What a page shows instead of its content when loading failed, and the status it answers with. */
export interface PageError {
  status: number
  title: string
  message: string
}

/** A page's data, or the error to show. */
export type PageResult<T> = { ok: true; data: T } | { ok: false; error: PageError }

/**
 * Runs a page's loading and turns an API failure into a reader-facing error with the right status;
 * anything that is not an ApiError is a bug and is rethrown.
 * @example const result = await loadPage(() => api.getArticle(id), 'article', { badIdIsNotFound: true })
 */
export async function loadPage<T>(
  load: () => Promise<T>,
  what = 'page',
  options: { badIdIsNotFound?: boolean } = {},
): Promise<PageResult<T>> {
  try {
    return { ok: true, data: await load() }
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    // A detail page's only input is its id, so an id the API rejects is simply an address with nothing at it.
    const notFound = options.badIdIsNotFound && error.code === 'bad-request'
    return {
      ok: false,
      error: describeApiError(notFound ? new ApiError('not-found', 404, error.message) : error, what),
    }
  }
}

/** The reader-facing message for an API failure. */
export function describeApiError(error: ApiError, what: string): PageError {
  switch (error.code) {
    case 'not-found':
      return {
        status: 404,
        title: `No such ${what}`,
        message: `There is no ${what} at this address. It may have been removed, or the link is mistyped.`,
      }
    case 'bad-request':
      return { status: 400, title: 'That request could not be read', message: error.message }
    case 'rate-limited':
      return {
        status: 429,
        title: 'Too many requests',
        message:
          'You have asked for pages faster than whosaid answers one reader. Wait a minute and try again.',
      }
    case 'unavailable':
      return {
        status: 503,
        title: 'The whosaid API is not answering',
        message: `${error.message}. Start it with npm start, or check WHOSAID_API_URL.`,
      }
    default:
      return { status: 502, title: 'The whosaid API answered with an error', message: error.message }
  }
}
