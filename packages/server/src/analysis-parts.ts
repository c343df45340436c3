// An analysis crosses from its thread to the caller in parts when it is long: the analysis without its lists first,
// then their items a slice at a time, each sent when the caller asks for the next. Receiving a message copies it
// on the receiver's thread in one piece (structured clone), and a 10 MB text's analysis takes about a second to
// copy; Node also delivers every message already queued on a port in one go, so the parts must be asked for one by
// one for the caller's event loop to run between them.
import type { Analysis } from '@whosaid/core'

/** List items per part. */
export const ITEMS_PER_PART = 250

/** The lists of an analysis, in the order their parts are sent: the article's spans, then the extracted lists. */
const LISTS = ['article.paragraphs', 'article.sentences', 'actors', 'statements', 'relations'] as const
type ListKey = (typeof LISTS)[number]

/** The list `key` of an analysis, or undefined where it has none. */
function listOf(analysis: Analysis, key: ListKey): unknown[] | undefined {
  const list =
    key === 'article.paragraphs'
      ? analysis.article.paragraphs
      : key === 'article.sentences'
        ? analysis.article.sentences
        : analysis[key]
  return Array.isArray(list) ? list : undefined
}

/** A message from an analysis thread about the analysis of task `id`. */
export type PartMessage =
  | { id: number; analysis: Analysis }
  | { id: number; head: Analysis }
  | { id: number; list: ListKey; items: unknown[] }
  | { id: number; end: true }
  | { id: number; error: string }

/**
 * The messages that carry one analysis: the whole of it when its lists hold at most 4 × ITEMS_PER_PART items,
 * else its head (its lists empty, the article's paragraphs and sentences too), the lists' items ITEMS_PER_PART at
 * a time, and an end.
 * @example for (const message of analysisParts(3, analysis)) port.postMessage(message)
 */
export function* analysisParts(id: number, analysis: Analysis): Generator<PartMessage, void, void> {
  const present = LISTS.filter((key) => listOf(analysis, key) !== undefined)
  const count = present.reduce((sum, key) => sum + (listOf(analysis, key)?.length ?? 0), 0)
  if (count <= 4 * ITEMS_PER_PART) {
    yield { id, analysis }
    return
  }
  const head = { ...analysis, article: { ...analysis.article } } as Record<string, unknown> & Analysis
  for (const key of present) {
    if (key === 'article.paragraphs') head.article.paragraphs = []
    else if (key === 'article.sentences') head.article.sentences = []
    else head[key] = []
  }
  yield { id, head }
  for (const key of present) {
    const items = listOf(analysis, key) as unknown[]
    for (let at = 0; at < items.length; at += ITEMS_PER_PART)
      yield { id, list: key, items: items.slice(at, at + ITEMS_PER_PART) }
  }
  yield { id, end: true }
}

/**
 * Puts an analysis back together from its parts, in the order they came: `take` answers the whole analysis once
 * it is complete (at once for a whole one), else undefined, and keeps no reference to it after.
 * @example const assembly = assembler(); for (const m of analysisParts(1, a)) done = assembly.take(m)
 */
export function assembler(): { take(message: PartMessage): Analysis | undefined } {
  let head: Analysis | undefined
  return {
    take(message) {
      if ('analysis' in message) return message.analysis
      if ('head' in message) head = message.head
      else if ('list' in message && head) listOf(head, message.list)?.push(...message.items)
      else if ('end' in message) {
        // Let go of the analysis it answers: the pool keeps its assembler until the thread's next task, and a long
        // analysis held there stayed alive on the caller's heap while it was stored (longer garbage collections).
        const done = head
        head = undefined
        return done
      }
      return undefined
    },
  }
}
