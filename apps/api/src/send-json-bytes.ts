import type { JsonBytes, JsonStream, JsonText } from '@whosaid/store/edge'
import type { Context, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { JSONParsed } from 'hono/utils/types'

/**
 * Answers JSON bytes (or text, or a stream of bytes) that the store built, typed like `c.json(value)` for the value they encode,
 * without decoding them, parsing them or serializing them again. The one place that asserts what JSON bytes
 * hold: `JsonBytes` (`JsonText`) says so.
 * @example return sendJsonBytes(c, await listStatementsJson(c.var.store, filter), 200)
 */
export function sendJsonBytes<Value, Status extends ContentfulStatusCode>(
  c: Context,
  bytes: JsonBytes<Value> | JsonText<Value> | JsonStream<Value>,
  status: Status,
): Response & TypedResponse<JSONParsed<Value>, Status, 'json'> {
  const response: Response = c.body(bytes as Uint8Array<ArrayBuffer> | string | ReadableStream, status, {
    'Content-Type': 'application/json',
  })
  return response as Response & TypedResponse<JSONParsed<Value>, Status, 'json'>
}
