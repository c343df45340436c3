import type { StatementContext } from './context.ts'

// Capitalized words that name no one: "backed Remain on Monday", "turned on Friday".
const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december i'.split(
    ' ',
  ),
)
// Lower-case words that stand for a person or a body the stance stage can resolve: "backed her", "turned on the
// government", "paid tribute to the prime minister".
const PRONOUNS = new Set(['him', 'her'])
// Articles before a name or a party's adjective: "the Greens", "a Tory motion".
const ARTICLES = new Set(['the', 'a', 'an'])
const TITLES = new Set([
  'government',
  'prime',
  'chancellor',
  'president',
  'premier',
  'minister',
  'party',
  'leader',
])

/**
 * Whether token t opens the name of a person or body, outside a "who" clause: a capitalized word past an optional
 * article ("Ms Reed", "the Greens", "a Tory motion"), "him" or "her", or "the" and a title ("the chancellor"); not a
 * date ("Monday") nor a thing ("the bill").
 * @example namesSomeoneAt(context, 3) // true at "Ms" of "The union backed Ms Reed"
 */
export function namesSomeoneAt(context: StatementContext, t: number): boolean {
  const { lower, shape } = context
  const word = lower(t)
  if (word === undefined || inWhoClause(context, t)) return false
  if (PRONOUNS.has(word)) return true
  const head = ARTICLES.has(word) ? t + 1 : t
  const headWord = lower(head)
  if (headWord === undefined || context.sentenceOf[head] !== context.sentenceOf[t]) return false
  if (word === 'the' && TITLES.has(headWord)) return true
  return (shape(head) ?? '').startsWith('X') && !NOT_NAMES.has(headWord)
}

/**
 * Whether a "who" comes before token t in its sentence: "Ann Vale, who backs Tom Hale, said …" describes her, it
 * reports no act of taking a side.
 */
function inWhoClause(context: StatementContext, t: number): boolean {
  const sentence = context.sentenceOf[t]
  for (let k = t - 1; k >= 0 && context.sentenceOf[k] === sentence; k--)
    if (context.lower(k) === 'who') return true
  return false
}
