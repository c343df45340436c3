import { join } from 'node:path'
import { API_TOKEN_FILE, DEFAULT_DATA_DIR, readApiToken } from '@whosaid/store'
import type { ApiTarget } from './api-client.ts'
import { CliError } from './cli-error.ts'
import { type CliEnv, readEnv } from './env.ts'

/**
 * Reads `--api`: the base URL of a running whosaid API, http or https, without query or fragment; a trailing
 * slash is dropped.
 * @example parseApiUrl('http://127.0.0.1:8787/') // 'http://127.0.0.1:8787'
 */
export function parseApiUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new CliError(
      'usage',
      `--api takes the base URL of a running whosaid API, such as http://127.0.0.1:8787, not "${value}"`,
    )
  }
  return url.href.replace(/\/+$/, '')
}

/**
 * True when a URL names this machine (localhost, 127.0.0.0/8, ::1): only then may a token kept in a local data
 * folder be sent to it.
 * @example isLoopbackUrl('http://127.0.0.1:8787') // true
 */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

/**
 * Where `ingest --api` sends articles, with the token to send: WHOSAID_API_TOKEN when set; else, for an API on
 * this machine, the one that `npm start` or `whosaid serve` made in the data folder (`--data`, WHOSAID_DATA or
 * .whosaid); else none, and the API says whether it takes writes without one.
 * @example apiTarget('http://127.0.0.1:8787', { timeoutSeconds: 15 }) // token from .whosaid/api-token
 */
export function apiTarget(
  value: string,
  options: { dataDir?: string | undefined; timeoutSeconds: number },
  env: CliEnv = readEnv(),
): ApiTarget {
  const url = parseApiUrl(value)
  const base = { url, timeoutSeconds: options.timeoutSeconds }
  if (env.apiToken !== undefined) return { ...base, token: env.apiToken, tokenSource: 'WHOSAID_API_TOKEN' }
  const dataDir = options.dataDir ?? env.dataDir ?? DEFAULT_DATA_DIR
  const kept = isLoopbackUrl(url) ? readApiToken(dataDir) : undefined
  return kept === undefined
    ? { ...base, token: undefined, tokenSource: undefined }
    : { ...base, token: kept, tokenSource: join(dataDir, API_TOKEN_FILE) }
}
