import type { StatementContext } from './context.ts'

// Verbs that put a duty on someone: "requires firms to report". What they are made to say is a duty, not words
// given. Not "forced" or "obliged": "was forced to admit that…" tells of words that were given.
const OBLIGING = new Set('require requires required requiring mandate mandates mandated mandating'.split(' '))
// How far back from the cue's "to" the verb of obligation may lie: "calls for all listed firms to certify".
const REACH = 6
// Tokens a duty's object is not written across: a clause ends there.
const CLAUSE_END = /^[.,;:!?"“”()—–-]$/

/**
 * Whether a cue is an infinitive a verb of obligation puts on someone ("the rules require banks to disclose…",
 * "calls for all firms to certify that…"): no one has said anything yet. "agreed to report" and "was quick to say"
 * are not duties, and "was forced to admit" tells of words given: they stay.
 * @example isOnlyObliged(context, first) // true for "The act requires firms to report that…"
 */
export function isOnlyObliged(context: StatementContext, first: number): boolean {
  if (context.lower(first - 1) !== 'to') return false
  for (let t = first - 2; t >= Math.max(0, first - 2 - REACH); t--) {
    const word = context.lower(t) ?? ''
    if (CLAUSE_END.test(word)) return false
    if (OBLIGING.has(word)) return true
    // "calls for all firms to certify": a call for a duty, as "requires".
    if (word === 'for' && /^call(s|ed|ing)?$/.test(context.lower(t - 1) ?? '')) return true
  }
  return false
}
