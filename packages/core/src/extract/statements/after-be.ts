import type { StatementContext } from './context.ts'
import { BE_FORMS } from './lexicon.ts'

/**
 * The token of the form of "be" right before a word, adverbs between ('was asked', 'are widely expected'); -1 when
 * there is none.
 * @example beBefore(context, t) // the token of "are" for the "expected" of "they are widely expected"
 */
export function beBefore(context: StatementContext, first: number): number {
  let t = first - 1
  while (t >= 0 && context.pos(t) === 'R') t--
  return BE_FORMS.has(context.lower(t) ?? '') ? t : -1
}

/**
 * Whether a word follows a form of "be", adverbs between: a passive ('was asked', 'are widely expected').
 * @example afterBe(context, t) // true for the "asked" of "she was asked"
 */
export function afterBe(context: StatementContext, first: number): boolean {
  return beBefore(context, first) >= 0
}

/**
 * Whether a participle follows a form of "be", adverbs between ('was famously questioned', 'has been attacked').
 * @example isPassive(context, t) // true for the "questioned" of "he was famously questioned"
 */
export function isPassive(context: StatementContext, first: number): boolean {
  const word = context.lower(first) ?? ''
  if (!word.endsWith('ed') && context.pos(first) !== 'VN' && context.pos(first) !== 'VD') return false
  return afterBe(context, first)
}
