import type { JsonText } from './queries/json-text.ts'

/** Items of a long array written between two pauses. */
const ITEMS_PER_SLICE = 250

/** How deep objects and arrays are taken apart: an analysis' lists lie at the first level, its article at the second. */
const DEPTH = 2

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
 * `JSON.stringify(value)`, the same text, written a slice at a time: the members of the value and of the objects
 * in it (to DEPTH levels) one by one, and long arrays ITEMS_PER_SLICE items at a time, with a pause of the event
 * loop between slices. An analysis of a text of many megabytes (tens of thousands of statements) then never holds
 * its thread for the whole of its JSON, which takes seconds, while a server goes on answering; a small value is
 * written at once. For values JSON can hold (no cycles, no BigInt; `toJSON` is honoured).
 * @example await stringifyInSlices({ statements: [{ id: 's_1' }] }) // '{"statements":[{"id":"s_1"}]}'
 */
export async function stringifyInSlices<Value>(value: Value): Promise<JsonText<Value>> {
  const parts: string[] = []
  let written = 0
  const write = async (item: unknown, depth: number): Promise<void> => {
    if (depth >= DEPTH || !isContainer(item)) {
      parts.push(JSON.stringify(item) ?? 'null')
      if (++written % ITEMS_PER_SLICE === 0) await pause()
      return
    }
    if (Array.isArray(item)) {
      parts.push('[')
      for (let i = 0; i < item.length; i++) {
        if (i > 0) parts.push(',')
        await write(isSkipped(item[i]) ? null : item[i], depth + 1)
      }
      parts.push(']')
      return
    }
    parts.push('{')
    let first = true
    for (const [key, member] of Object.entries(item)) {
      if (isSkipped(member)) continue
      parts.push(`${first ? '' : ','}${JSON.stringify(key)}:`)
      first = false
      await write(member, depth + 1)
    }
    parts.push('}')
  }
  await write(value, 0)
  return parts.join('') as JsonText<Value>
}
