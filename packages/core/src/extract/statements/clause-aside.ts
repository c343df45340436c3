import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { reportingClass } from './lexicon.ts'
import type { ContentPlace } from './source-candidates.ts'
import { sentenceStartIn } from './windows.ts'
import { trimToWords } from './words.ts'

// Parts of speech (pos.ts) a short speaker set off by commas holds: a pronoun, a name, a description.
const SPEAKER_POS = new Set(['PR', 'P', 'D', 'N', 'J', 'S', 'NUM'])
// How many tokens that speaker may hold ('he', 'Mr. Cole', 'the county's chief planner').
const MAX_SPEAKER = 6
// Words after the aside that open words of the speaker's own, not the rest of the reported sentence.
const OWN_CLAUSE = new Set(['and', 'but', 'who', 'which', 'adding', 'noting', 'saying', 'explaining'])
// Conjunctions that join the reported clause to one before it, which the writer says ('Sales fell, but costs, she
// said, rose'), or that open the sentence ('And yet, he said, …').
const JOINERS = new Set(['and', 'but'])

/**
 * The content of a speaker and a verb of speech set off by commas in the middle of the sentence they report, when
 * the words before them are not a bare subject (named-aside.ts and interposed.ts take those): a clause, a fronted
 * phrase ('Though the vote was close, she said, the result stands.', 'To win, he said, we must act.', 'Costs rose,
 * the report noted, as demand fell.'). The content is the whole sentence, the speaker and cue left between its two
 * parts, from after a conjunction that joins it to the writer's clause ('Sales fell, but costs, she said, rose'). Null
 * when the aside ends the sentence, when what follows it is the speaker's own ('…, he said, adding'), or when a quote
 * that opens a sentence of its own follows it ('Asked why, he said, "We had no choice."'): the quote is all that was
 * said; a quote that goes on with the sentence ('In the north, he said, "prices doubled."') keeps the words before.
 * @example clauseAroundAside(context, cue, window) // { start: 0, last: 15, side: 'around' }
 */
export function clauseAroundAside(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
): ContentPlace | null {
  const { lower, pos, sentenceOf, quoteOf } = context
  if (cue.end - cue.start !== 1 || lower(cue.end) !== ',' || quoteOf[cue.start] !== -1) return null
  if (reportingClass(context.stem(cue.head) ?? '') !== 'speech') return null
  let speaker = cue.start - 1
  while (speaker > window.from && cue.start - speaker <= MAX_SPEAKER && SPEAKER_POS.has(pos(speaker) ?? ''))
    speaker--
  if (lower(speaker) !== ',' || speaker === cue.start - 1 || quoteOf[speaker] !== -1) return null
  // A closing quote before the comma is a quotation the quote stages read ('"…," he said, "…"').
  if (quoteOf[speaker - 1] !== -1) return null
  const next = cue.end + 1
  const sentence = sentenceOf[cue.start]
  if (next >= window.to || sentenceOf[next] !== sentence || OWN_CLAUSE.has(lower(next) ?? '')) return null
  if (pos(next) === 'VG' || (pos(next) === '.' && quoteOf[next] === -1)) return null
  const quote = context.quotes[quoteOf[next] ?? -1]
  if (quote && !startsLowerCase(context, quote.innerStart)) return null
  let first = sentenceStartIn(context, cue.start, window)
  for (let t = first; t < speaker; t++) {
    const joins = JOINERS.has(lower(t) ?? '') && (t === first || lower(t - 1) === ',')
    if (joins || lower(t) === ';') first = t + 1
  }
  const before = trimToWords(context, first, speaker - 1)
  if (!before || before.last === before.start) return null
  let end = next
  while (end < window.to && sentenceOf[end] === sentence) end++
  const words = trimToWords(context, before.start, end - 1)
  return words && words.last > cue.end ? { ...words, side: 'around' } : null
}

/** Whether the first word from t on starts with a lower-case letter ('"prices doubled"', not '"We had…"'). */
function startsLowerCase(context: StatementContext, t: number): boolean {
  let word = t
  while (word < context.tokens.length && !context.isWord[word]) word++
  const text = context.tokens[word]?.text ?? ''
  return text !== '' && text === text.toLowerCase()
}
