import type { JsonText } from '@whosaid/store/edge'
import type { Context, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { JSONParsed } from 'hono/utils/types'

/**
 * Answers JSON text that the store built, typed like `c.json(value)` for the value it encodes, without parsing
 * it and serializing it again. The one place that asserts what JSON text holds: `JsonText` says so.
 * @example return sendJsonText(c, await listStatementsJson(c.var.store, filter), 200)
 */
export function sendJsonText<Value, Status extends ContentfulStatusCode>(
  c: Context,
  text: JsonText<Value>,
  status: Status,
): Response & TypedResponse<JSONParsed<Value>, Status, 'json'> {
  const response: Response = c.body(text, status, { 'Content-Type': 'application/json' })
  return response as Response & TypedResponse<JSONParsed<Value>, Status, 'json'>
}
