/**
 * The answer to a reader over the site's rate limit (counted by @whosaid/server's rate limiter in the
 * middleware): a short page, 429, and when to come back.
 * @example tooManyRequests(12).headers.get('Retry-After') // '12'
 */
export function tooManyRequests(retryAfterSeconds: number): Response {
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Too many requests · whosaid</title><h1>Too many requests</h1><p>You have asked for pages faster than the site serves one reader. Try again in ${retryAfterSeconds} s.</p></html>`
  return new Response(body, {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(retryAfterSeconds),
      'Cache-Control': 'no-store',
    },
  })
}
