import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { BE_FORMS } from './lexicon.ts'

// Conjunctions that open a clause of time or reason inside a sentence ('…, just before the cuts were announced').
// A closed class.
const SUBORDINATORS = new Set(['before', 'after', 'when', 'until', 'once', 'since', 'because', 'while', 'as'])

/**
 * Whether a passive cue ('was announced') closes a clause of time or reason whose subject is in the content before it
 * ('The board met on Monday, just before the cuts were announced'): what was announced is that subject, and the
 * words before the conjunction are the writer's, not the announcement. 'Taxes will rise, it was announced' stays.
 * @example announcesItsSubject(context, draft) // true for "were announced" in "…met just before the cuts were announced"
 */
export function announcesItsSubject(context: StatementContext, draft: StatementDraft): boolean {
  const { cue, content, source } = draft
  if (source || content.last + 1 !== cue.start || !BE_FORMS.has(context.lower(cue.start) ?? '')) return false
  for (let t = content.last; t > content.start; t--) {
    const word = context.lower(t) ?? ''
    if (word === ',' || context.sentenceOf[t] !== context.sentenceOf[cue.start]) return false
    if (SUBORDINATORS.has(word)) return true
  }
  return false
}
