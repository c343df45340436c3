import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import { closesItsSentence } from './quotes.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

// Words that open a clause or phrase inside a sentence, never what a sentence-final "…, says Li." reports on its
// own: a relative ('a collaboration that is trying…'), an example ('such as collisions…').
const INNER_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'such'])
// Conjunctions that tie a sentence to the one before, not part of what was said ('But now, …, says Shen.').
const LINKS = new Set(['but', 'and', 'so', 'yet'])
// The most words a speaker named between the comma and the cue may take (', he said', ', the minister told MPs').
const SPEAKER_WORDS = 4

/**
 * A report set off by a comma at the end of its sentence ('…, says McLaughlin.', '…, he said.') reports the
 * sentence before it, unquoted: a content that starts in an earlier sentence (the quote another statement gave
 * before it: '…saying: "…Block H." Labour had broken promises, he said.') starts at this sentence's first word; and
 * for an inverted cue (`inverted`: the speaker named after it), one that starts inside the sentence, after a word or
 * at a relative or "such as" ('…an international collaboration | that is trying to spot ripples…, says
 * McLaughlin.'), starts there too, past a linking "But" or "And"; so does one that starts after the comma closing a
 * fronted phrase of concession, cause or condition ('Despite the rain, | the fair did well, said Ann Lee.'). A clause with a quote before the cue is left as
 * it is: the quote marks what was said.
 * @example fromSentenceStart(context, cue, { start: 9, last: 20, side: 'before' }, true) // { start: 0, last: 20, side: 'before' }
 */
export function fromSentenceStart(
  context: StatementContext,
  cue: Cue,
  place: ContentPlace,
  inverted: boolean,
): ContentPlace {
  const { lower, isWord } = context
  const comma = commaBefore(context, cue)
  if (comma < 0 || place.last !== comma - 1) return place
  const first = sentenceStart(context, comma)
  if (first < 0 || first === place.start) return place
  if (place.start > first) {
    // Only a speaker named after the cue: '…, he said.' may follow a clause of its own ('Costs rose, and
    // more than half went to fees, he said.').
    const fronted = closesFrontedAdverbial(context, first, place.start)
    if (!fronted && (!inverted || (!isWord[place.start - 1] && !INNER_OPENERS.has(lower(place.start) ?? ''))))
      return place
  }
  const words = trimToWords(context, first, place.last)
  if (!words) return place
  let start = words.start
  if (LINKS.has(lower(start) ?? '')) start++
  while (start < place.last && !isWord[start]) start++
  return start !== place.start ? { start, last: place.last, side: place.side } : place
}

// Words that open a fronted clause or phrase of concession, cause or condition, whose comma does not end what was
// said ('Despite the rain, the fair did well, said Ann Lee.'). Not a time or place ('In May, prices rose, …'),
// which may be the writer's own setting, nor "while", as often a time as a contrast.
const FRONTED_OPENERS = new Set(
  'despite although though whereas because unless if without unlike notwithstanding'.split(' '),
)

/**
 * Whether the comma before `start` is the only comma of its sentence before it and closes a phrase that opens the
 * sentence with one of FRONTED_OPENERS (past a linking "But" or "And").
 */
function closesFrontedAdverbial(context: StatementContext, first: number, start: number): boolean {
  const { lower } = context
  let opener = first
  if (LINKS.has(lower(opener) ?? '')) opener++
  if (!FRONTED_OPENERS.has(lower(opener) ?? '') || lower(start - 1) !== ',') return false
  for (let t = opener + 1; t < start - 1; t++) if (lower(t) === ',' || context.quoteOf[t] !== -1) return false
  return true
}

/**
 * The first token of the sentence that holds `comma`, or the first after a quoted sentence closed inside it (the
 * segmenter does not always split after '…H." Labour'), or -1 when a quote stands in the clause before the comma:
 * then the quote marks what was said.
 */
function sentenceStart(context: StatementContext, comma: number): number {
  const { sentenceOf, quoteOf, quotes } = context
  const sentence = sentenceOf[comma]
  let t = comma
  while (t > 0 && sentenceOf[t - 1] === sentence) {
    const quote = quotes[quoteOf[t - 1] ?? -1]
    if (quote) return closesItsSentence(context, quote) ? t : -1
    t--
  }
  return t
}

/** The comma that sets off a report, right before its cue or before a few words naming the speaker; -1 if none. */
function commaBefore(context: StatementContext, cue: Cue): number {
  for (let t = cue.start - 1; t >= 0 && cue.start - t <= SPEAKER_WORDS + 1; t--) {
    if (context.lower(t) === ',') return t
    if (!context.isWord[t]) return -1
  }
  return -1
}
