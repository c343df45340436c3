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

/** Bytes per slice of a long answer (`bytesInSlices`). */
const SLICE_BYTES = 1024 * 1024

/**
 * Long JSON bytes (over a MiB) as a stream of slices of them, each written to the socket as the client reads: a
 * 10 MB text's analysis is 60 MB, which written in one piece held the server's thread. Shorter ones as they are.
 * @example return sendJsonBytes(c, bytesInSlices(await c.var.analyzeJson(text)), 200)
 */
export function bytesInSlices<Value>(bytes: JsonBytes<Value>): JsonBytes<Value> | JsonStream<Value> {
  if (bytes.byteLength <= SLICE_BYTES) return bytes
  let at = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(bytes.subarray(at, at + SLICE_BYTES))
      at += SLICE_BYTES
      if (at >= bytes.byteLength) controller.close()
    },
  })
}
