// Every page request: the reader's own rate limit, then the page, rendered as that reader's (see api.ts).
import { defineMiddleware } from 'astro:middleware'
import { createRateLimiter } from '@whosaid/server/rate-limiter'
import { env } from './env.ts'
import { tooManyRequests } from './lib/too-many-requests.ts'
import { renderFor } from './reader.ts'

const limit =
  env.SITE_RATE_LIMIT > 0 ? createRateLimiter({ limit: env.SITE_RATE_LIMIT, windowMs: 60_000 }) : null

/** The reader's address; a request the adapter gives none for (there should be none) counts as one reader. */
function readerAddress(address: () => string): string {
  try {
    return address()
  } catch {
    return 'unknown'
  }
}

export const onRequest = defineMiddleware((context, next) => {
  const reader = readerAddress(() => context.clientAddress)
  const decision = limit?.hit(reader)
  if (decision && !decision.allowed) return tooManyRequests(decision.retryAfterSeconds)
  return renderFor(reader, next)
})
