import type { StatementContext } from './context.ts'
import { BE_FORMS } from './lexicon.ts'
import type { ContentPlace } from './source-candidates.ts'

// Words between an existential "there" and the noun it introduces: forms of "be", modals and negation ("there will
// not be", "there may have been").
const EXISTENTIAL_VERB = new Set([
  ...BE_FORMS,
  'will',
  'would',
  'may',
  'might',
  'could',
  'should',
  'must',
  'can',
  'has',
  'have',
  'had',
  'not',
  "n't",
  "'s",
])
// The most words from "there" to the content's first word: "there might not have been".
const MAX_BACK = 5

/**
 * A content after the cue that starts on the noun of an existential clause takes its "there" and verb back: 'told
 * the BBC there are two ways to fix it' said "there are two ways to fix it", not "two ways to fix it". Never reaches
 * back into the cue (`after` is the cue's end).
 * @example withExistentialThere(context, { start: 9, last: 14, side: 'after' }, 6) // { start: 7, last: 14, … }
 */
export function withExistentialThere(
  context: StatementContext,
  place: ContentPlace,
  after: number,
): ContentPlace {
  const { lower } = context
  if (!EXISTENTIAL_VERB.has(lower(place.start - 1) ?? '')) return place
  for (let t = place.start - 2; t >= after && place.start - t <= MAX_BACK; t--) {
    const word = lower(t) ?? ''
    if (word === 'there') return { ...place, start: t }
    if (!EXISTENTIAL_VERB.has(word)) return place
  }
  return place
}
