import type { StatementContext } from './context.ts'

/**
 * Whether a token is the minutes of a time or the second term of a score or a ratio written with a colon and no
 * space ("at 1:30 p.m.", "won 2:1"): the tokenizer splits "1:30" at its colon, which then looks like the colon that
 * opens what was said ("reported at 1:30 p.m." is no "reported: 30 p.m.").
 * @example isAfterNumberColon(context, t) // true for the "30" of "1:30"
 */
export function isAfterNumberColon(context: StatementContext, t: number): boolean {
  // A word before t is no colon: decided from the context's flags, without reading three tokens for most words.
  if (context.isWord[t - 1] !== 0) return false
  const { tokens } = context
  const colon = tokens[t - 1]
  const before = tokens[t - 2]
  const token = tokens[t]
  if (!colon || !before || !token || colon.text !== ':') return false
  if (before.end !== colon.start || colon.end !== token.start) return false
  return context.pos(t - 2) === 'NUM' && context.pos(t) === 'NUM'
}
