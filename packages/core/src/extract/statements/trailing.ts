import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { LISTENER_VERBS, reportingClass } from './lexicon.ts'
import type { ContentPlace } from './source-candidates.ts'
import { VERB_POS } from './verb-pos.ts'
import { sentenceStartIn } from './windows.ts'
import { trimToWords, wordsBetween } from './words.ts'

// How many tokens a trailing report's subject ('a committee of MPs and peers') and what follows its verb ('his
// audience', 'on') may hold.
const MAX_SUBJECT = 9
const MAX_TAIL = 4
const MAX_NAMED_TAIL = 7
// How many tokens a place or a time after a preposition may hold ('in Washington on Thursday').
const MAX_PHRASE = 4
// What may open the subject of a trailing report: a pronoun, a determiner, a possessive, a name.
const SUBJECT_OPENERS = new Set(['PR', 'D', 'S', 'P'])
// Parts of speech a subject or a tail cannot hold: a verb of its own, a clause, a preposition that opens what was
// said ('of', 'about' are 'I' too, but a tail holds at most a listener and a time).
const CLAUSE_POS = new Set([...VERB_POS, 'W', 'TO'])
// Words after a trailing verb that keep it a trailing report: a particle ('went on'), a time ('last night', 'this
// week', 'announced Saturday', 'said Monday morning'). Not "May", which is as often the modal.
const MONTHS = new Set(
  'january february march april june july august september october november december'.split(' '),
)
/** Words of a time or a particle after a reporting verb ('said Monday', 'told them last week', 'went on'). */
export const TAIL_WORDS: ReadonlySet<string> = new Set([
  ...'on last night later yesterday today tonight again this earlier recently'.split(' '),
  ...'morning afternoon evening week weekend month year'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
  ...MONTHS,
])
// A day's number after a month ('announced June 3').
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/
// Prepositions that open a place, an occasion or a time after the verb or its listener ('told reporters in
// Washington', 'told a rally in Leeds on Friday', 'said in a statement').
const TAIL_PREPOSITIONS = new Set(['in', 'at', 'on', 'during'])
const SENTENCE_ENDS = new Set(['.', '!', '?'])

/**
 * The comma that closes what was said before a trailing report ('Mr Vale has died in a hospice, his family has
 * announced.', 'The plan failed, he also told his audience.', 'It was a mistake, he went on.'): a subject (a
 * pronoun, a determiner's or a possessive's noun phrase, a name) between it and the cue, and after the cue at most
 * a listener, a particle or a time before the sentence ends. -1 when the cue is not such a report. A quote that
 * closes before the comma is left to the quote rules ('"We won", he said.').
 * @example trailingComma(context, cue, window) // 11 for "…, his family has announced."
 */
export function trailingComma(context: StatementContext, cue: Cue, window: TokenWindow): number {
  const { lower, pos, isWord } = context
  if (!endsSentence(context, cue, window)) return -1
  let comma = cue.start - 1
  while (comma > window.from && cue.start - comma <= MAX_SUBJECT && lower(comma) !== ',') {
    if (!isWord[comma] || CLAUSE_POS.has(pos(comma) ?? '')) return -1
    comma--
  }
  if (lower(comma) !== ',' || comma === cue.start - 1) return -1
  if (!SUBJECT_OPENERS.has(pos(comma + 1) ?? '')) return -1
  const start = sentenceStartIn(context, comma, window)
  if (!isWord[comma - 1] && !closesInnerQuote(context, comma - 1, start)) return -1
  return wordsBetween(context, start, comma).length < 3 ? -1 : comma
}

/**
 * Whether nothing but a particle, a time, or a short listener ('his audience', 'to reporters') stands between the
 * cue and its sentence's end or a participle of speech that opens another report ('adding that…'); a listener only after "to" or a verb that takes one ('told'), so that 'said enough'
 * and 'acknowledged their battle' are no trailing reports.
 */
function endsSentence(context: StatementContext, cue: Cue, window: TokenWindow): boolean {
  const { lower, pos, isWord, sentenceOf } = context
  const sentence = sentenceOf[cue.end - 1]
  // A listener may follow the verb: '…, he told his audience.', '…, she assured MPs.'.
  let listener = LISTENER_VERBS.has(context.stem(cue.head) ?? '')
  // A listener that is a name may be long: '…, he told BBC Radio 4's Today programme.'
  const named = listener && (context.shape(cue.end) === 'Xx' || context.shape(cue.end) === 'X')
  let reach = cue.end + (named ? MAX_NAMED_TAIL : MAX_TAIL) + 1
  for (let k = cue.end; k < Math.min(window.to, reach); k++) {
    const word = lower(k) ?? ''
    if (sentenceOf[k] !== sentence || SENTENCE_ENDS.has(word)) return true
    // A report of its own after the cue ('…, he said adding that…', '…, he said, adding…') ends this one.
    if (pos(k) === 'VG' && reportingClass(context.stem(k) ?? '') === 'speech') return true
    if (word === ',' && k === cue.end && pos(k + 1) === 'VG') continue
    if (!isWord[k]) return false
    if (TAIL_PREPOSITIONS.has(word)) {
      listener = true
      reach = Math.max(reach, k + MAX_PHRASE + 1)
      continue
    }
    if (TAIL_WORDS.has(word) || (DAY.test(word) && MONTHS.has(lower(k - 1) ?? ''))) continue
    if (word === 'to') {
      listener = true
      continue
    }
    if (!listener || CLAUSE_POS.has(pos(k) ?? '') || pos(k) === 'I') return false
  }
  return cue.end >= window.to
}

/**
 * The content of a trailing report: the words from its sentence's start (or the chosen content's, when earlier; past
 * an opening 'But' or 'However,') to
 * the comma before its subject, whatever the model chose: a content that ran on over the subject ('It failed, the
 * committee'), that stopped short or started late ('which would give…, he went on') or that is the subject alone
 * ('his family'). Null when no word is left.
 * @example endBeforeSubject(context, place, 11, window) // { start: 0, last: 10, side: 'before' }
 */
export function endBeforeSubject(
  context: StatementContext,
  place: ContentPlace,
  comma: number,
  window: TokenWindow,
): ContentPlace | null {
  let from = Math.min(place.start, sentenceStartIn(context, comma, window))
  // A conjunction or a linking adverb that opens the sentence is not said: 'But the plan…', 'However, the plan…'.
  while (
    from < comma &&
    (context.pos(from) === 'C' || (context.pos(from) === 'R' && context.lower(from + 1) === ','))
  )
    from += context.pos(from) === 'C' ? 1 : 2
  const words = trimToWords(context, from, comma - 1)
  return words ? { ...words, side: 'before' } : null
}

/**
 * Whether token `t` closes a quote that opened inside the sentence, after its first word ('People had turned out "to
 * show the law was bad"'), not a quote that is the whole of what was said ('"We won", he said.').
 */
function closesInnerQuote(context: StatementContext, t: number, start: number): boolean {
  const quote = context.quotes[context.quoteOf[t] ?? -1]
  if (!quote || quote.end - 1 !== t) return false
  let first = start
  while (first < t && !context.isWord[first]) first++
  return quote.open > first
}
