import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { sentenceStartIn } from './windows.ts'
import { isFiniteVerb, trimToWords } from './words.ts'

// Words that open a fronted adverbial clause, whose comma hands over to the sentence's main clause. Not "as", which
// opens an aside on the writer's claim ('As Mr Hale said, the plan failed': as-aside.ts).
const SUBORDINATORS = new Set(
  'while whilst although though whereas if unless when whenever once because since after before until'.split(
    ' ',
  ),
)
// Words before the subordinator that still leave it the sentence's opener ('But while…', 'And even though…').
const LEAD_WORDS = new Set(['but', 'and', 'yet', 'so', 'even', 'only'])
// How many tokens after a comma may hold the main clause's verb (', the mayor of the city has warned').
const MAIN_VERB_REACH = 8

/**
 * The content of a cue inside a fronted adverbial clause ('While the firm said sales rose, its rivals reported a
 * slump.') ends at the comma that hands over to the main clause: the first comma after which a finite verb comes
 * within a few words, with no other comma or quote between, once the content holds a verb. What the main clause says is the writer's, not the
 * speaker's. Any other content (a cue in a main clause, a content before its cue) is left as it is.
 * @example endBeforeMainClause(context, cue, { start: 3, last: 12, side: 'after' }, window) // { start: 3, last: 5, side: 'after' }
 */
export function endBeforeMainClause(
  context: StatementContext,
  cue: Cue,
  place: ContentPlace,
  window: TokenWindow,
): ContentPlace {
  if (place.side !== 'after' || !opensWithSubordinator(context, cue, window)) return place
  const { lower, quoteOf } = context
  // What was said is a clause: the cut leaves it a verb of its own ('that, if elected, he would…' is not cut at 'if').
  let verb = false
  for (let comma = Math.max(place.start, cue.end); comma <= place.last + 1; comma++) {
    verb ||= isFiniteVerb(context, comma)
    if (lower(comma) !== ',' || quoteOf[comma] !== -1 || !verb) continue
    if (!mainVerbAfter(context, comma, window)) continue
    const words = trimToWords(context, place.start, comma - 1)
    return words ? { ...words, side: place.side } : place
  }
  return place
}

/** Whether the cue's sentence opens with a subordinator and reaches the cue with no comma: the cue is in that clause. */
function opensWithSubordinator(context: StatementContext, cue: Cue, window: TokenWindow): boolean {
  const { lower, isWord } = context
  let t = sentenceStartIn(context, cue.start, window)
  while (t < cue.start && (!isWord[t] || LEAD_WORDS.has(lower(t) ?? ''))) {
    if (lower(t) === ',' || context.quoteOf[t] !== -1) return false
    t++
  }
  if (!SUBORDINATORS.has(lower(t) ?? '')) return false
  for (let k = t + 1; k < cue.start; k++) if (lower(k) === ',' || context.quoteOf[k] !== -1) return false
  return true
}

// Parts of speech of a subject's last word, after which a present verb is the main clause's ('he appears').
const SUBJECT_ENDS = new Set(['PR', 'P', 'N'])

/**
 * Whether a finite verb (or a present one after its subject) follows the comma within reach, in its sentence and
 * before another comma or a quote.
 */
function mainVerbAfter(context: StatementContext, comma: number, window: TokenWindow): boolean {
  const { lower, pos, sentenceOf } = context
  const end = Math.min(window.to, comma + 1 + MAIN_VERB_REACH)
  for (let t = comma + 1; t < end && sentenceOf[t] === sentenceOf[comma]; t++) {
    if (lower(t) === ',' || context.quoteOf[t] !== -1) return false
    if (isFiniteVerb(context, t)) return true
    if (pos(t) === 'V' && t > comma + 1 && SUBJECT_ENDS.has(pos(t - 1) ?? '')) return true
  }
  return false
}
