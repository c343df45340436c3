import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'

// Words for a speech or a piece of writing, or a part of one, that a participle hangs on: "with a speech
// criticising", "in a passage calling for", "in a letter urging".
const CARRIERS = new Set(
  'speech address lecture interview remarks letter statement passage section chapter paragraph article column essay op-ed post tweet message video email note memo blog'.split(
    ' ',
  ),
)
// What may open the carrier's phrase: "a", "the", "his", "one", and up to two words before the noun ("a
// televised speech", "an open letter").
const CARRIER_PHRASE =
  /^(?:(?:a|an|the|one|this|that|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)$/u
// Prepositions that make the carrier the means of what the clause's subject does: "opened proceedings with a
// speech", "In a section observing …, he writes".
const CARRIER_PREPOSITIONS = new Set(['in', 'with', 'during', 'through', 'via'])
const ARTICLE = /^(?:a|an|the)$/i

/**
 * Whether a participle's source is only the speech or writing it comes in, after a preposition: "Tom Reed opened
 * the debate with a speech criticising the plan", "In a letter calling for elections, Ann Vale wrote …". Such a
 * source names no speaker: whoever gave the speech or wrote the letter does, the subject of the clause it is in.
 * @example isSpeechCarrier(parsed, source, cue) // true for "a speech" before "criticising"
 */
export function isSpeechCarrier(parsed: ParsedArticle, source: Span, cue: Span | null): boolean {
  if (!cue || source.end > cue.start) return false
  const cueWords = parsed.view.slice(cue.start, cue.end)
  if (!/^\p{L}+ing\b/u.test(cueWords)) return false
  if (parsed.view.slice(source.end, cue.start).trim() !== '') return false
  const noun = CARRIER_PHRASE.exec(parsed.view.slice(source.start, source.end).trim())?.[1]
  if (noun === undefined || !CARRIERS.has(noun)) return false
  // "in a section observing …" with only "section" taken as the source: the article before it is the phrase's.
  let at = countStartingBefore(parsed.tokens, source.start) - 1
  if (ARTICLE.test(parsed.tokens[at]?.text ?? '')) at--
  const before = parsed.tokens[at]
  return before !== undefined && CARRIER_PREPOSITIONS.has(before.text.toLowerCase())
}
