import type { StatementContext } from './context.ts'
import { AUXILIARIES, NEGATIONS } from './lexicon.ts'

/** A reporting cue: its token range (end exclusive), its head token, and whether it is negated. */
export interface Cue {
  start: number
  end: number
  /** The token that carries the cue's meaning: "commented" in "has not commented on". */
  head: number
  negated: boolean
}

/** A window of tokens, end exclusive, in which a cue's content and source are looked for. */
export interface TokenWindow {
  from: number
  to: number
}

/**
 * Finds the head of a cue: its first word that is not an auxiliary, adverb or negation.
 * @example cueHead(context, 4, 7) // 6 for "has not commented"
 */
export function cueHead(context: StatementContext, start: number, end: number): number {
  for (let t = start; t < end; t++) {
    const word = context.lower(t) as string
    if (!AUXILIARIES.has(word) && !NEGATIONS.has(word)) return t
  }
  return start
}

/**
 * Whether a cue is negated: a negation inside it, or just before it with only auxiliaries between ("did not say").
 * @example isNegated(context, cue) // true for "has not commented on"
 */
export function isNegated(context: StatementContext, start: number, end: number): boolean {
  for (let t = start; t < end; t++)
    if (NEGATIONS.has(context.lower(t) as string) && context.lower(t) !== 'no') return true
  for (let t = start - 1, steps = 0; t >= 0 && steps < 3; t--, steps++) {
    const word = context.lower(t) as string
    if (NEGATIONS.has(word)) return word !== 'no'
    if (!AUXILIARIES.has(word)) return false
  }
  return false
}

/** Builds a cue from a token range. */
export function makeCue(context: StatementContext, start: number, end: number): Cue {
  return { start, end, head: cueHead(context, start, end), negated: isNegated(context, start, end) }
}
