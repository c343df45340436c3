import type { StatementContext } from './context.ts'
import type { ContentPlace } from './source-candidates.ts'
import { TAIL_WORDS } from './trailing.ts'
import { VERB_POS } from './verb-pos.ts'

// Prepositions of a time, a place, an occasion or a listener ('in a letter', 'on Monday', 'at a rally', 'with
// reporters', 'to the board'). Not 'about', 'of' or 'for', which open what the content is about.
const OCCASION_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'during',
  'with',
  'to',
  'after',
  'before',
  'through',
])
// Words that open a content that is already a clause ('that prices rose', 'whether to stay').
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if'])
// Parts of speech (pos.ts) of the noun phrase after a preposition: 'in the letter', 'on NBC's show', 'at his rally'.
const NOUN_PHRASE_POS = new Set(['P', 'N', 'NUM', 'D', 'J', 'S', 'PR'])
// Parts of speech of the word after "that" when it opens a clause ('that the plan', 'that she'): not a verb, as
// in a relative clause on the phrase ('in a report that came out').
const SUBJECT_POS = new Set(['D', 'PR', 'P', 'N', 'NUM', 'J', 'S'])
// The most words the phrase may hold.
const LONGEST_PHRASE = 10

/**
 * A content after its cue that opens with a phrase of the reporting act, when or where it was said, starts at the
 * clause that follows it: 'said on Monday that the plan failed' said "that the plan failed", 'promised last week to
 * cut fees' promised "to cut fees". The phrase is words of time and prepositions with their noun phrases, and the
 * clause opens with "that" and a subject, or with "to" (or "not to") and a verb. A content that opens with its
 * object ('noted the rise that followed', 'urged Ann to stay') is left as it is.
 * @example startAtComplement(context, { start: 4, last: 14, side: 'after' }) // { start: 7, last: 14, side: 'after' }
 */
export function startAtComplement(context: StatementContext, place: ContentPlace): ContentPlace {
  if (place.side !== 'after' || CLAUSE_OPENERS.has(context.lower(place.start) ?? '')) return place
  const end = Math.min(place.last - 1, place.start + LONGEST_PHRASE)
  // Inside a prepositional phrase, where a noun phrase may go on.
  let afterPreposition = false
  for (let t = place.start; t <= end; t++) {
    if (t > place.start) {
      const clause = clauseAt(context, t)
      if (clause >= 0) return { ...place, start: clause }
    }
    const word = context.lower(t) ?? ''
    if (context.quoteOf[t] !== -1) return place
    if (TAIL_WORDS.has(word) || word === ',') afterPreposition = false
    else if (OCCASION_PREPOSITIONS.has(word)) afterPreposition = true
    else if (!afterPreposition || !NOUN_PHRASE_POS.has(context.pos(t) ?? '')) return place
  }
  return place
}

/** The first token of the clause that opens at t ("that" and a subject, "to" and a verb, "not to"), or -1. */
function clauseAt(context: StatementContext, t: number): number {
  const word = context.lower(t)
  const next = context.pos(t + 1) ?? ''
  if (word === 'that') return SUBJECT_POS.has(next) ? t : -1
  if (word === 'to') return next === 'V' ? t : -1
  if (word === 'not' && context.lower(t + 1) === 'to') return VERB_POS.has(context.pos(t + 2) ?? '') ? t : -1
  return -1
}
