// An analysis crosses from its thread to the caller in parts when it is long: the analysis without its lists first,
// then their items a slice at a time, each sent when the caller asks for the next. Receiving a message copies it
// on the receiver's thread in one piece (structured clone), and a 10 MB text's analysis takes about a second to
// copy; Node also delivers every message already queued on a port in one go, so the parts must be asked for one by
// one for the caller's event loop to run between them.
import type { Analysis } from '@whosaid/core'

/** List items per part. */
export const ITEMS_PER_PART = 250

/** The lists of an analysis, in the order their parts are sent. */
const LISTS = ['actors', 'statements', 'relations'] as const
type ListKey = (typeof LISTS)[number]

/** A message from an analysis thread about the analysis of task `id`. */
export type PartMessage =
  | { id: number; analysis: Analysis }
  | { id: number; head: Analysis }
  | { id: number; list: ListKey; items: unknown[] }
  | { id: number; end: true }
  | { id: number; error: string }

/**
 * The messages that carry one analysis: the whole of it when its lists hold at most 4 × ITEMS_PER_PART items,
 * else its head (the lists empty), the lists' items ITEMS_PER_PART at a time, and an end.
 * @example for (const message of analysisParts(3, analysis)) port.postMessage(message)
 */
export function* analysisParts(id: number, analysis: Analysis): Generator<PartMessage, void, void> {
  const present = LISTS.filter((key) => Array.isArray(analysis[key]))
  const count = present.reduce((sum, key) => sum + (analysis[key]?.length ?? 0), 0)
  if (count <= 4 * ITEMS_PER_PART) {
    yield { id, analysis }
    return
  }
  const head: Record<string, unknown> = { ...analysis }
  for (const key of present) head[key] = []
  yield { id, head: head as Analysis }
  for (const key of present) {
    const items = analysis[key] as unknown[]
    for (let at = 0; at < items.length; at += ITEMS_PER_PART)
      yield { id, list: key, items: items.slice(at, at + ITEMS_PER_PART) }
  }
  yield { id, end: true }
}

/**
 * Puts an analysis back together from its parts, in the order they came: `take` answers the whole analysis once
 * it is complete (at once for a whole one), else undefined.
 * @example const assembly = assembler(); for (const m of analysisParts(1, a)) done = assembly.take(m)
 */
export function assembler(): { take(message: PartMessage): Analysis | undefined } {
  let head: Analysis | undefined
  return {
    take(message) {
      if ('analysis' in message) return message.analysis
      if ('head' in message) head = message.head
      else if ('list' in message && head)
        (head[message.list] as unknown[] | undefined)?.push(...message.items)
      else if ('end' in message) return head
      return undefined
    },
  }
}
