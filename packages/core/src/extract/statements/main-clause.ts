import type { StatementContext } from './context.ts'
import type { TokenWindow } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { VERB_POS } from './verb-pos.ts'
import { CLAUSE_STOPS, FINITE_AUXILIARIES, isFiniteVerb, trimToWords } from './words.ts'

// Words that open an adverbial clause, which cannot stand as all that was said: 'warned that if the bloc fails | , it
// could fall apart' reports the main clause after the comma too. Not "whether", "how" or "what", which open a
// reported question of their own ('asked whether it was safe, as police had said').
const SUBORDINATORS = new Set(
  'if unless when whenever once while although though because since until till after before'.split(' '),
)
// After a bare cue with no "that", "if" and "when" may open a reported question ('asked if I wanted a receipt, …').
const QUESTION_OPENERS = new Set(['if', 'when'])

/**
 * A content after its cue that is only a fronted adverbial clause ('acknowledged that until the backlog was cleared',
 * 'contended that since she is not running') stopped at the comma before its main clause: it runs on over that
 * clause, to the end of its sentence or a semicolon, when the clause has a finite verb and is not quoted. A
 * "that" must open the content, or a subordinator other than "if" and "when" (which may open a question). Any
 * other content is left as it is.
 * @example withMainClause(context, { start: 5, last: 9, side: 'after' }, window) // { start: 5, last: 17, side: 'after' }
 */
export function withMainClause(
  context: StatementContext,
  place: ContentPlace,
  window: TokenWindow,
): ContentPlace {
  if (place.side !== 'after') return place
  const { lower, sentenceOf, quoteOf } = context
  const comma = place.last + 1
  if (!frontsAdverbialClause(context, place.start, comma)) return place
  let last = comma
  let finite = false
  for (let t = comma + 1; t < window.to && sentenceOf[t] === sentenceOf[comma]; t++) {
    const word = lower(t) ?? ''
    if (CLAUSE_STOPS.has(word)) break
    if (quoteOf[t] !== -1) return place
    finite ||= isFiniteVerb(context, t)
    last = t
  }
  const words = finite ? trimToWords(context, place.start, last) : null
  return words && words.last > place.last ? { ...words, side: place.side } : place
}

/**
 * Whether the words from `start` up to the comma at `comma` are only a fronted adverbial clause ('that if the deal
 * fails', 'until the backlog is cleared'): a "that" or a subordinator other than "if" and "when" opens them, and
 * they hold a verb, no other comma and no quote. The comma closes that clause, not the reported one.
 * @example frontsAdverbialClause(context, 4, 10) // true for "that if the state held up the deal ,"
 */
export function frontsAdverbialClause(context: StatementContext, start: number, comma: number): boolean {
  const { lower, sentenceOf, quoteOf } = context
  const hasThat = lower(start) === 'that'
  const opener = lower(hasThat ? start + 1 : start) ?? ''
  if (!SUBORDINATORS.has(opener) || (!hasThat && QUESTION_OPENERS.has(opener))) return false
  if (lower(comma) !== ',' || sentenceOf[comma] !== sentenceOf[start]) return false
  let verb = false
  for (let t = start; t < comma; t++) {
    if (lower(t) === ',' || quoteOf[t] !== -1) return false
    verb ||= isVerb(context, t)
  }
  // 'After Mary Magdalene, a follower…': with no verb the opener is a preposition, and the comma ends its phrase.
  return verb
}

/** Whether a token is a verb of any form ('held' may be guessed a participle), or "be", "have", "do". */
function isVerb(context: StatementContext, t: number): boolean {
  return VERB_POS.has(context.pos(t) ?? '') || FINITE_AUXILIARIES.has(context.lower(t) ?? '')
}
