import type { Page } from '../views.ts'

/** JSON text known to encode a `Value`: what a query built as JSON in the database answers. */
export type JsonText<Value> = string & { readonly jsonOf?: Value }

/**
 * A page as JSON text, from its items already as JSON text and the next page's cursor.
 * @example pageJson(['{"id":"s_1"}'], null) // '{"items":[{"id":"s_1"}],"nextCursor":null}'
 */
export function pageJson<Item>(
  items: readonly JsonText<Item>[],
  nextCursor: string | null,
): JsonText<Page<Item>> {
  return `{"items":[${items.join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`
}

/**
 * The value that JSON text encodes.
 * @example parseJsonText(pageJson([], null)) // { items: [], nextCursor: null }
 */
export function parseJsonText<Value>(text: JsonText<Value>): Value {
  return JSON.parse(text) as Value
}
