import type { Polarity } from '../../schemas/statement.ts'
import type { StatementContext } from './context.ts'

/** A verb or idiom of taking a side, as lower-cased token sets, and the stance it shows toward its object. */
export interface StanceVerbPhrase {
  words: readonly ReadonlySet<string>[]
  polarity: Exclude<Polarity, 'neutral'>
  /** Set: the phrase is a stance only toward someone named right after it (see `namesSomeoneAt`). */
  named: true
}

const forms = (list: string) => new Set(list.split(' '))
const phrase = (polarity: StanceVerbPhrase['polarity'], ...words: string[]): StanceVerbPhrase => ({
  words: words.map(forms),
  polarity,
  named: true,
})
const OWNERS = 'his her their its'

/**
 * Verbs and idioms by which news reports someone taking a side for or against another without giving their words:
 * "backed Y", "endorsed Y", "paid tribute to Y", "gave her support to Y", "threw his weight behind Y", "turned on
 * Y". The learned cue tagger, trained on reporting verbs, makes no statement of them, so that the
 * stance had nothing to attach to. Each is common with a thing for object too ("backed the bill", "turned on the
 * lights"), where it reports no side taken: each needs a person or body named after it. Only the forms that report
 * an act done ("backed", "backs"), not the bare verb ("refused to back Y", "came back Monday"), nor "backing", a
 * noun as often. Not "branded Y a …": the learned tagger finds it, with the quoted words after its object that an
 * idiom's content would cut off. Written by hand; general English of news.
 */
export const STANCE_VERB_PHRASES: readonly StanceVerbPhrase[] = [
  phrase('support', 'backed backs'),
  phrase('support', 'endorsed endorses'),
  phrase('support', 'paid pays', 'tribute tributes', 'to'),
  phrase('support', 'gave gives', OWNERS, 'support backing blessing', 'to'),
  phrase('support', 'threw throws', OWNERS, 'weight support', 'behind'),
  phrase('oppose', 'turned turns', 'on upon against'),
]

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
