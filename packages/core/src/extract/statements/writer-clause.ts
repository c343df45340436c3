import type { StatementContext } from './context.ts'
import { DETERMINERS } from './lexicon.ts'
import type { ContentPlace } from './source-candidates.ts'
import { VERB_POS } from './verb-pos.ts'
import { isFiniteVerb, trimToWords } from './words.ts'

// Subordinators that open the writer's circumstance after a reported noun phrase ('praised his handling of the
// economy | as investment has risen'): a noun phrase says no clause of its own, so a clause after it is not said.
// Not "when" or "because", whose clause is often the judgement's occasion or reason ('called it a disgrace when…').
const SUBORDINATORS = new Set(['as', 'while', 'although', 'though', 'whereas'])
// Words that open a reported clause: a content they open is a clause, never a noun phrase ('said that since …').
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who'])
// How many words after the opener the clause's finite verb may stand ('as foreign direct investment has').
const CLAUSE_REACH = 6
// Tokens that end the search for that verb: a mark, or a word that opens a clause of its own ('described him as a
// campaigner | when he ran', where the verb is the inner clause's).
const STOPS = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '(',
  ')',
  '--',
  '—',
  '–',
  'which',
  'who',
  'that',
  'whom',
])

/** Whether a finite verb follows `opener` within a few words, before any mark: the opener heads a clause. */
function opensClause(context: StatementContext, opener: number, last: number): boolean {
  const end = Math.min(last, opener + CLAUSE_REACH)
  for (let t = opener + 1; t <= end; t++) {
    const word = context.lower(t) ?? ''
    if (STOPS.has(word) || SUBORDINATORS.has(word) || CLAUSE_OPENERS.has(word)) return false
    if (isFiniteVerb(context, t)) return t > opener + 1
  }
  return false
}

/**
 * A content after its cue ends before a clause the writer adds: a clause that ", yet" opens ('say they are keen to
 * invest, | yet few have done so'), as ", but" does, and, after a noun-phrase content with no verb of its own, a
 * subordinate clause ('welcomed the timetable | as results have improved'). A content holding a quote is the speaker's words
 * and stays; a clause content keeps its own subordinate clauses ('said prices rose as demand grew').
 * @example withoutWriterClause(context, { start: 3, last: 14, side: 'after' }) // { start: 3, last: 8, side: 'after' }
 */
export function withoutWriterClause(context: StatementContext, place: ContentPlace): ContentPlace {
  if (place.side !== 'after') return place
  for (let t = place.start; t <= place.last; t++) if (context.quoteOf[t] !== -1) return place
  let verbSeen = CLAUSE_OPENERS.has(context.lower(place.start) ?? '')
  for (let t = place.start + 1; t <= place.last; t++) {
    const word = context.lower(t) ?? ''
    const contrast = word === 'yet' && context.lower(t - 1) === ','
    // The second "as" of a comparison ('as soon as', 'as long as', 'as far as') ends no noun phrase: its clause
    // measures the content and is the speaker's ('backed the plan as long as it is funded').
    const comparison = word === 'as' && context.lower(t - 2) === 'as'
    const subordinate = !verbSeen && SUBORDINATORS.has(word) && !comparison
    if ((contrast || subordinate) && opensClause(context, t, place.last)) {
      const cut = trimToWords(context, place.start, contrast ? t - 2 : t - 1)
      return cut ? { ...cut, side: place.side } : place
    }
    // Any verb form makes the content more than a noun phrase ('accusing her of being asleep when …'), but a
    // gerund after a determiner or a possessive is a noun ('his handling of the economy').
    const noun = context.pos(t) === 'VG' && DETERMINERS.has(context.lower(t - 1) ?? '')
    if (isFiniteVerb(context, t) || (VERB_POS.has(context.pos(t) ?? '') && !noun)) verbSeen = true
  }
  return place
}
