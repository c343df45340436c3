import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

// The finite forms of the verbs that most often report what a subject said: the main verb a relative clause on that
// subject runs into ('Parents who complained to the school said …').
const SAYING_FORMS = new Set([
  'say',
  'says',
  'said',
  'claim',
  'claims',
  'claimed',
  'insist',
  'insists',
  'insisted',
])

// Words that open the cue's own reported clause: a saying verb after one is inside the content, not the subject's.
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if'])

/**
 * Keeps the content of a cue in a relative clause on a subject ('The groups who wrote to the mayor say …') from
 * running over that subject's own reporting verb: the content ends before it, and a content that holds the
 * relative clause's antecedent or lies past the verb is the main verb's, not this cue's (null). Any other content as
 * it is.
 * @example relativeClauseContent(context, cue, place, window) // null for 'complained' in 'Parents who complained to the school said …'
 */
export function relativeClauseContent(
  context: StatementContext,
  cue: Cue,
  place: ContentPlace | null,
  window: TokenWindow,
): ContentPlace | null {
  if (!place) return place
  const { lower, pos, sentenceOf } = context
  let before = cue.start - 1
  while (before > window.from && pos(before) === 'R') before--
  if (lower(before) !== 'who') return place
  let verb = cue.end
  while (
    verb < window.to &&
    sentenceOf[verb] === sentenceOf[cue.start] &&
    !SAYING_FORMS.has(lower(verb) ?? '')
  ) {
    // A clause the cue opens ("complained that the head said nothing") holds its own saying verbs: no main verb.
    if (CLAUSE_OPENERS.has(lower(verb) ?? '')) return place
    verb++
  }
  if (verb >= window.to || sentenceOf[verb] !== sentenceOf[cue.start] || place.last < verb) return place
  if (place.start < cue.end || place.start >= verb) return null
  const words = trimToWords(context, place.start, verb - 1)
  return words ? { ...words, side: place.side } : null
}
