import { EXTRACTOR } from '@whosaid/core/io'
import { CliError } from './cli-error.ts'
import type { ArticleInput } from './ingest-task.ts'

/** A running whosaid API that articles are sent to, the token its writes need, and how long a request may take. */
export type ApiTarget = {
  /** The base URL, without a trailing slash: http://127.0.0.1:8787. */
  url: string
  token: string | undefined
  /** Where the token came from, for the message when the API refuses it. */
  tokenSource: string | undefined
  timeoutSeconds: number
}

/** How often a request the API answers 429 or 503 is tried in all, and the longest wait between two tries. */
const TRIES = 5
const MAX_WAIT_SECONDS = 30

const USER_AGENT = `${EXTRACTOR.name}/${EXTRACTOR.version}`

/**
 * Checks that the API answers `GET /healthz`, so that a server that is not running fails the ingest once, before
 * any input is read, rather than once per article.
 * @example await checkApi({ url: 'http://127.0.0.1:8787', token, tokenSource, timeoutSeconds: 15 })
 */
export async function checkApi(target: ApiTarget): Promise<void> {
  const response = await request(target, `${target.url}/healthz`, { method: 'GET' }, target.url)
  await response.body?.cancel()
  if (!response.ok) {
    throw new CliError(
      'unreachable',
      `is not a whosaid API: GET /healthz answered HTTP ${response.status}`,
      target.url,
    )
  }
}

/**
 * Sends one article to `POST /v1/articles` and answers whether it was new (201) or already stored (200). A 429
 * or 503 is tried again after the Retry-After it names; a refused token is an `unauthorized` error, a server that
 * cannot be reached an `unreachable` one (both end the ingest: see `isFatalApiError`); any other refusal names
 * the article.
 * @example const { created } = await sendArticle(target, { label: 'a.txt', text: 'Ann said …', meta: {} })
 */
export async function sendArticle(target: ApiTarget, article: ArticleInput): Promise<{ created: boolean }> {
  const body = JSON.stringify({ ...article.meta, text: article.text })
  for (let attempt = 1; ; attempt++) {
    const response = await request(
      target,
      `${target.url}/v1/articles`,
      {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          ...(target.token === undefined ? {} : { authorization: `Bearer ${target.token}` }),
        },
      },
      article.label,
    )
    const wait = retryWaitSeconds(response.status, response.headers.get('retry-after'), attempt)
    if (wait !== undefined) {
      await response.body?.cancel()
      await new Promise((resolve) => setTimeout(resolve, wait * 1000))
      continue
    }
    if (response.status === 200 || response.status === 201) {
      await response.body?.cancel()
      return { created: response.status === 201 }
    }
    throw refusal(target, response.status, await problemOf(response), article.label)
  }
}

/**
 * True for an error after which no other article can be sent either: the API refused the token, or cannot be
 * reached.
 */
export function isFatalApiError(error: unknown): boolean {
  return error instanceof CliError && (error.code === 'unauthorized' || error.code === 'unreachable')
}

/**
 * Seconds to wait before trying a request again, or undefined when it is not to be tried again: only a 429 or
 * 503, before the last try, after the Retry-After seconds it names (1 when it names none, at most 30).
 * @example retryWaitSeconds(429, '2', 1) // 2
 */
export function retryWaitSeconds(
  status: number,
  retryAfter: string | null,
  attempt: number,
): number | undefined {
  if ((status !== 429 && status !== 503) || attempt >= TRIES) return undefined
  const seconds = retryAfter !== null && /^\d{1,6}$/.test(retryAfter.trim()) ? Number(retryAfter) : 1
  return Math.min(Math.max(seconds, 1), MAX_WAIT_SECONDS)
}

/** What a refusal says: the problem document's `code` and `detail`, when it is one. */
type Problem = { code: string | undefined; detail: string | undefined }

async function problemOf(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as { code?: unknown; detail?: unknown }
    return {
      code: typeof body.code === 'string' ? body.code : undefined,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
    }
  } catch {
    return { code: undefined, detail: undefined }
  }
}

/**
 * The error for an answer other than 200 or 201.
 * @example refusal(target, 422, { code: 'no-article-text', detail: 'The page has no article text.' }, 'a.html')
 */
export function refusal(target: ApiTarget, status: number, problem: Problem, label: string): CliError {
  if (status === 401 || status === 403) {
    const sent =
      target.tokenSource === undefined
        ? 'no token was sent: set WHOSAID_API_TOKEN to the token the server was started with'
        : `the token from ${target.tokenSource} was refused: set WHOSAID_API_TOKEN to the token the server was started with`
    const why = status === 403 && problem.code === 'writes-disabled' ? 'the server accepts no writes' : sent
    return new CliError('unauthorized', `HTTP ${status}: ${why}`, target.url)
  }
  const what = [problem.code, problem.detail].filter((part) => part !== undefined).join(': ')
  return new CliError('http-status', `the API answered HTTP ${status}${what ? ` ${what}` : ''}`, label)
}

/** One request within the time limit; a request that cannot be made is an `unreachable` error naming the API. */
async function request(target: ApiTarget, url: string, init: RequestInit, label: string): Promise<Response> {
  try {
    return await fetch(url, {
      ...init,
      headers: { accept: 'application/json', 'user-agent': USER_AGENT, ...init.headers },
      redirect: 'error',
      signal: AbortSignal.timeout(target.timeoutSeconds * 1000),
    })
  } catch (error) {
    const name = (error as { name?: unknown }).name
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new CliError(
        'timeout',
        `the API did not answer within ${target.timeoutSeconds} s (see --timeout)`,
        label,
      )
    }
    const cause = (error as { cause?: { code?: unknown } }).cause
    const code = typeof cause?.code === 'string' ? cause.code : 'no connection'
    throw new CliError(
      'unreachable',
      `cannot reach the whosaid API (${code}): is whosaid serve or npm start running there?`,
      target.url,
    )
  }
}
