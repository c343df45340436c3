import { env } from './env.ts'
import { createApiClient } from './lib/api-client.ts'

/** The one API client the pages share. */
export const api = createApiClient(env.WHOSAID_API_URL)
