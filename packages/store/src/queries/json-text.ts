import type { Page } from '../views.ts'

/** JSON text known to encode a `Value`. */
export type JsonText<Value> = string & { readonly jsonOf?: Value }

/** A stream of the UTF-8 bytes of JSON text known to encode a `Value` (`jsonStream`). */
export type JsonStream<Value> = ReadableStream<Uint8Array> & { readonly jsonOf?: Value }

/** The UTF-8 bytes of JSON text known to encode a `Value`: what a hot query answers, to send on as it is. */
export type JsonBytes<Value> = Uint8Array & { readonly jsonOf?: Value }

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const PAGE_OPEN = encoder.encode('{"items":[')
const COMMA = 0x2c

/**
 * A page as JSON bytes, from its items already as JSON bytes and the next page's cursor: the items are copied
 * once, into the page, and never decoded.
 * @example parseJsonBytes(pageJson([new TextEncoder().encode('{"id":"s_1"}')], null)) // { items: [{ id: 's_1' }], nextCursor: null }
 */
export function pageJson<Item>(
  items: readonly JsonBytes<Item>[],
  nextCursor: string | null,
): JsonBytes<Page<Item>> {
  const close = encoder.encode(`],"nextCursor":${JSON.stringify(nextCursor)}}`)
  let length = PAGE_OPEN.length + Math.max(0, items.length - 1) + close.length
  for (const item of items) length += item.length
  const page = new Uint8Array(length)
  page.set(PAGE_OPEN)
  let at = PAGE_OPEN.length
  items.forEach((item, k) => {
    if (k > 0) page[at++] = COMMA
    page.set(item, at)
    at += item.length
  })
  page.set(close, at)
  return page
}

/**
 * The value that JSON bytes encode.
 * @example parseJsonBytes(pageJson([], null)) // { items: [], nextCursor: null }
 */
export function parseJsonBytes<Value>(bytes: JsonBytes<Value>): Value {
  return JSON.parse(decoder.decode(bytes)) as Value
}

/**
 * The text of UTF-8 bytes: for the few small values of a row that a query reads as well as sends.
 * @example textOf(new TextEncoder().encode('a_1')) // 'a_1'
 */
export function textOf(bytes: Uint8Array): string {
  return decoder.decode(bytes)
}
