import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import { LISTENER_VERBS } from './lexicon.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

// The nouns that end a named audience after "told": "BBC Radio 4's Today programme", "the Daily Post newspaper".
const AUDIENCE_HEADS = new Set([
  'programme',
  'program',
  'show',
  'newspaper',
  'paper',
  'magazine',
  'channel',
  'station',
  'website',
  'podcast',
])
// Small words inside a programme's name: "Breakfast with Frost", "Voice of America".
const NAME_GLUE = new Set(['with', 'of', 'and', 'the', 'on', "'s", '-'])
// How many tokens a named audience may run to before its head noun.
const LONGEST_NAME = 10

/**
 * The token after a named audience that follows a listener verb ("told BBC Radio 4's Today programme …"): capitalised
 * words, numbers and the glue of a name, then a head noun such as "programme"; -1 when none follows the cue.
 * @example audienceEnd(context, cue) // 9 for "She told BBC One's Breakfast with Frost programme he had gone."
 */
export function audienceEnd(context: StatementContext, cue: Cue): number {
  if (!LISTENER_VERBS.has(context.stem(cue.head) ?? '')) return -1
  const sentence = context.sentenceOf[cue.end - 1]
  let t = cue.end
  if (context.lower(t) === 'the') t++
  let named = 0
  for (; t < context.tokens.length && t - cue.end <= LONGEST_NAME; t++) {
    if (context.sentenceOf[t] !== sentence) return -1
    const shape = context.shape(t)
    if (shape === 'Xx' || shape === 'X' || shape === 'd') named++
    else if (AUDIENCE_HEADS.has(context.lower(t) ?? '')) return named > 0 ? t + 1 : -1
    else if (!NAME_GLUE.has(context.lower(t) ?? '')) return -1
  }
  return -1
}

/**
 * A content after a listener verb that starts inside the named audience ('told BBC Radio 4's Today programme there
 * was hope' read from "4's") starts after it: the programme is who heard the words, not what was said.
 * @example afterNamedAudience(context, cue, { start: 5, last: 12, side: 'after' }) // { start: 9, last: 12, side: 'after' }
 */
export function afterNamedAudience(context: StatementContext, cue: Cue, place: ContentPlace): ContentPlace {
  if (place.side !== 'after') return place
  const end = audienceEnd(context, cue)
  if (end < 0 || place.start >= end || place.start < cue.end) return place
  const words = trimToWords(context, end, place.last)
  return words ? { ...words, side: 'after' } : place
}
