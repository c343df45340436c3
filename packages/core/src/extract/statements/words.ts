import type { StatementContext } from './context.ts'

/**
 * Parts of speech of a finite verb: a past form, a modal. They make a clause of a content ('said prices rose'),
 * and a noun phrase cannot take them ('announced a move and then persuaded…').
 */
export const FINITE_POS: ReadonlySet<string> = new Set(['VD', 'M'])

/**
 * Finite forms of "be", "have" and "do" that the part-of-speech guess tags as present verbs: after a reported
 * clause's subject they are its verb ('confirmed climate change was discussed', 'argues government is too big').
 */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(
  'is are was were has have had do does did am'.split(' '),
)

/** Where a reported clause ends inside its sentence, short of the sentence's end. */
export const CLAUSE_STOPS: ReadonlySet<string> = new Set([';', '.', '!', '?'])

/**
 * Whether a token is a finite verb: a past form, a modal or a finite auxiliary. Not a present form, which the tagger
 * gives nouns too ('climate change'), nor an infinitive inside a noun phrase ('the decision to accept').
 * @example isFiniteVerb(context, 3) // true for "was" in "the plan was sound"
 */
export function isFiniteVerb(context: StatementContext, t: number): boolean {
  return FINITE_POS.has(context.pos(t) ?? '') || FINITE_AUXILIARIES.has(context.lower(t) ?? '')
}

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
