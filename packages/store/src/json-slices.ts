import type { JsonStream, JsonText } from './queries/json-text.ts'

/** Items of a long array written between two pauses. */
const ITEMS_PER_SLICE = 250

/** How deep objects and arrays are taken apart: an analysis' lists lie at the first level, its article at the second. */
const DEPTH = 2

/** Characters of a long string written between two pauses (a 10 MB article's text is one string). */
const CHARACTERS_PER_SLICE = 1 << 18

/** Where to end a slice of `text` near `end`: not between the two halves of a surrogate pair. */
export function sliceEnd(text: string, end: number): number {
  if (end >= text.length) return text.length
  const before = text.charCodeAt(end - 1)
  const after = text.charCodeAt(end)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? end + 1 : end
}

/** Lets the event loop run (timers, sockets) before going on: at once where there is setImmediate (Node). */
export const pause = (): Promise<void> =>
  new Promise<void>((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  )

/** An object or array JSON.stringify writes member by member: not one that says how to write itself. */
function isContainer(value: unknown): value is object {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  )
}

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/**
 * The JSON text of `item` written in one piece at `depth`, or undefined when it is taken apart: a long string, or a
 * container above DEPTH, or a long array at any depth (an article's sentences lie at the third level).
 */
function wholeText(item: unknown, depth: number): string | undefined {
  if (typeof item === 'string') return item.length > CHARACTERS_PER_SLICE ? undefined : JSON.stringify(item)
  const long = Array.isArray(item) && item.length > ITEMS_PER_SLICE
  if ((depth >= DEPTH && !long) || !isContainer(item)) return JSON.stringify(item) ?? 'null'
  return undefined
}

/**
 * The text of `JSON.stringify(value)` in chunks: the members of the value and of the objects in it (to DEPTH levels)
 * are written one by one, and a chunk ends after every ITEMS_PER_SLICE of them, so long arrays (at any depth) come
 * ITEMS_PER_SLICE items at a time, and after every CHARACTERS_PER_SLICE characters of a long string. Joined, the chunks are the whole text; a small value is one chunk.
 */
function* jsonPieces(value: unknown): Generator<string, void, void> {
  let parts: string[] = []
  let written = 0
  // A member or item written whole is added here, outside any generator: a generator per member (most of them
  // leaves) made some 35 bytes of garbage per byte written, which the caller's thread collected while a long
  // article's rows were written. Answers the chunk that ends with it, if one does.
  function add(text: string): string | undefined {
    parts.push(text)
    if (++written % ITEMS_PER_SLICE !== 0) return undefined
    const chunk = parts.join('')
    parts = []
    return chunk
  }
  function* write(item: unknown, depth: number): Generator<string, void, void> {
    const whole = wholeText(item, depth)
    if (whole !== undefined) {
      const chunk = add(whole)
      if (chunk !== undefined) yield chunk
      return
    }
    if (typeof item === 'string') {
      // JSON escapes each character (a pair of surrogates as one) on its own: the slices' texts, joined, are the whole's.
      parts.push('"')
      for (let at = 0; at < item.length; ) {
        const end = sliceEnd(item, at + CHARACTERS_PER_SLICE)
        parts.push(JSON.stringify(item.slice(at, end)).slice(1, -1))
        at = end
        yield parts.join('')
        parts = []
      }
      parts.push('"')
      return
    }
    if (Array.isArray(item)) {
      parts.push('[')
      for (let i = 0; i < item.length; i++) {
        if (i > 0) parts.push(',')
        const child = isSkipped(item[i]) ? null : item[i]
        const text = wholeText(child, depth + 1)
        const chunk = text === undefined ? undefined : add(text)
        if (text === undefined) yield* write(child, depth + 1)
        else if (chunk !== undefined) yield chunk
      }
      parts.push(']')
      return
    }
    parts.push('{')
    let first = true
    const members = item as Record<string, unknown>
    for (const key of Object.keys(members)) {
      const member = members[key]
      if (isSkipped(member)) continue
      if (!first) parts.push(',')
      parts.push(JSON.stringify(key), ':')
      first = false
      const text = wholeText(member, depth + 1)
      const chunk = text === undefined ? undefined : add(text)
      if (text === undefined) yield* write(member, depth + 1)
      else if (chunk !== undefined) yield chunk
    }
    parts.push('}')
  }
  yield* write(value, 0)
  if (parts.length > 0) yield parts.join('')
}

/**
 * The text of `JSON.stringify(value)` a chunk at a time (ITEMS_PER_SLICE members or list items each), with a pause
 * of the event loop before each chunk after the first: what `stringifyInSlices` joins and `jsonStream` sends.
 * For values JSON can hold (no cycles, no BigInt; `toJSON` is honoured).
 * @example for await (const chunk of jsonChunks(analysis)) socket.write(chunk)
 */
export async function* jsonChunks(value: unknown): AsyncGenerator<string, void, void> {
  let first = true
  for (const chunk of jsonPieces(value)) {
    if (!first) await pause()
    first = false
    yield chunk
  }
}

/** Characters of one part of `stringifyInParts`: joining a part's chunks takes a millisecond or so. */
const CHARACTERS_PER_PART = 1 << 20

/**
 * The text of `JSON.stringify(value)` in parts of about CHARACTERS_PER_PART characters, each made when the caller
 * asks for it (`jsonChunks`): joined, they are the whole text, which the caller need never hold in one piece, nor
 * all its parts at once when it sends each before asking for the next (an analysis of a 10 MB text is 60 MB of
 * JSON: joining it took a fifth of a second of a server's thread, and its parts, all made before the first was
 * sent, were 60 to 120 MB of the server's heap while the embedded database grew to store them). A small value is
 * one part.
 * @example for await (const part of jsonParts(analysis)) await send(part)
 */
export async function* jsonParts(value: unknown): AsyncGenerator<string, void, void> {
  let chunks: string[] = []
  let length = 0
  let any = false
  for await (const chunk of jsonChunks(value)) {
    chunks.push(chunk)
    length += chunk.length
    if (length < CHARACTERS_PER_PART) continue
    any = true
    const part = chunks.join('')
    chunks = []
    length = 0
    yield part
  }
  if (chunks.length > 0 || !any) yield chunks.join('')
}

/**
 * All the parts of `jsonParts`, in a list.
 * @example const parts = await stringifyInParts(analysis) // sent as text parameters joined by the database
 */
export async function stringifyInParts(value: unknown): Promise<string[]> {
  const parts: string[] = []
  for await (const part of jsonParts(value)) parts.push(part)
  return parts
}

/**
 * `JSON.stringify(value)`, the same text, written a slice at a time (`jsonChunks`): an analysis of a text of many
 * megabytes (tens of thousands of statements) then never holds its thread for the whole of its JSON, which takes
 * seconds, while a server goes on answering; a small value is written at once. (The text is joined in one piece
 * at the end: for tens of megabytes, `stringifyInParts`.)
 * @example await stringifyInSlices({ statements: [{ id: 's_1' }] }) // '{"statements":[{"id":"s_1"}]}'
 */
export async function stringifyInSlices<Value>(value: Value): Promise<JsonText<Value>> {
  const chunks: string[] = []
  for await (const chunk of jsonChunks(value)) chunks.push(chunk)
  return chunks.join('') as JsonText<Value>
}

const encoder = new TextEncoder()

/**
 * `JSON.stringify(value)` as a stream of UTF-8 bytes, a chunk (`jsonChunks`) made each time the reader asks for
 * one: a server sends an analysis of tens of megabytes without holding its thread for the whole text, nor for
 * its bytes, and at the pace the client reads. Works wherever web streams do (Node, workerd, browsers).
 * @example return c.body(jsonStream(analysis), 201, { 'Content-Type': 'application/json' })
 */
export function jsonStream<Value>(value: Value): JsonStream<Value> {
  const chunks = jsonChunks(value)
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next()
        if (next.done) controller.close()
        else controller.enqueue(encoder.encode(next.value))
      },
      async cancel() {
        await chunks.return()
      },
    },
    // No chunk is made before it is read.
    { highWaterMark: 0 },
  )
}
