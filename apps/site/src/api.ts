import { env } from './env.ts'
import { createApiClient } from './lib/api-client.ts'
import { currentReader } from './reader.ts'

/**
 * The one API client the pages share. Each call names the reader it is for in `X-Forwarded-For`, so that an
 * API that trusts the site (`WHOSAID_TRUSTED_PROXIES`) counts its rate limit per reader, not for the whole site.
 */
export const api = createApiClient(env.WHOSAID_API_URL, {
  headers: () => {
    const reader = currentReader()
    return reader ? { 'X-Forwarded-For': reader } : {}
  },
})
