import type { StatementContext } from './context.ts'

/**
 * Parts of speech of a finite verb: a past form, a modal. They make a clause of a content ('said prices rose'),
 * and a noun phrase cannot take them ('announced a move and then persuaded…').
 */
export const FINITE_POS: ReadonlySet<string> = new Set(['VD', 'M'])

/**
 * The word tokens (with a letter or digit) in [from, to), in order.
 * @example wordsBetween(context, 0, 5) // [0, 1, 3]
 */
export function wordsBetween(context: StatementContext, from: number, to: number): number[] {
  const list: number[] = []
  for (let t = Math.max(0, from); t < to; t++) if (context.isWord[t]) list.push(t)
  return list
}

/**
 * Shrinks a token range to its first and last word tokens; null when it holds no word.
 * @example trimToWords(context, 0, 9) // { start: 1, end: 7 } (inclusive last word)
 */
export function trimToWords(
  context: StatementContext,
  start: number,
  last: number,
): { start: number; last: number } | null {
  let s = start
  let e = last
  while (s <= e && !context.isWord[s]) s++
  while (e >= s && !context.isWord[e]) e--
  return s <= e ? { start: s, last: e } : null
}
