// A large article's JSON body (a text of megabytes) is parsed and hashed where the app's `readJson` does it: on
// Node, a thread of the analysis pool, since parsing 10 MB of JSON and hashing its text held the server's thread
// (every route, /healthz too) for a third of a second; inline elsewhere (workerd has no pool).
import { readJson } from '@whosaid/server/json-read'
import type { Context } from 'hono'
import type { JsonReader } from './context.ts'

/** Bytes of a JSON body from which `POST /v1/articles` reads it with `readJson` (1 MB: a news article is 5–20 kB). */
export const LARGE_JSON_BODY = 1024 * 1024

/**
 * True for a request that declares a body over LARGE_JSON_BODY bytes (`Content-Length`; a chunked body, which
 * declares none, is read as any other).
 * @example isLargeJsonBody(c) // true for a 4 MB article
 */
export function isLargeJsonBody(c: Context): boolean {
  return Number(c.req.header('content-length') ?? 0) > LARGE_JSON_BODY
}

/** The JsonReader that reads on the caller's thread (`@whosaid/server/json-read`). */
export const readJsonInline: JsonReader = async (body) => readJson(body)
