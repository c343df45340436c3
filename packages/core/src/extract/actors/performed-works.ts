import { isKnownPlace } from './firm-evidence.ts'
import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// Two words right before a title that only a work follows: "starred in Vexmoor", "her role in Tallow Creek".
const PAIR_CUES = new Set([
  'starred in',
  'stars in',
  'star in',
  'starring in',
  'role in',
  'roles in',
  'nominated for',
  'nomination for',
  'performance in',
  'performances in',
])
// Cues that a town may follow as well as a title ("her performance in Tarrow" on tour): a place the tagger's data
// knows keeps its kind after them.
const TOUR_CUES = new Set(['performance in', 'performances in'])
// One word right before a title: "who directed Vexmoor" (not "directed by", which names the maker).
const WORD_CUES = new Set(['directed', 'directing'])
// Words of a prize that, before "for", make the name after it the work that won: "won best actress for Vexmoor".
const PRIZE_WORDS = new Set(['best', 'award', 'prize', 'award-winning'])
const WINNING = new Set(['won', 'wins', 'win', 'winning', 'scooped', 'took', 'picked', 'nominated'])
// Words of stage and screen, one of which the sentence must hold for a cue weaker than "starred in" to count:
// "his role in Vexco's collapse" is no work.
const SCREEN_WORDS = new Set(
  'actor actress actors film films movie movies play plays award awards prize best nominated nomination oscar oscars comedy drama director starred'.split(
    ' ',
  ),
)
const STRONG = new Set(['starred in', 'stars in', 'star in', 'starring in'])
const POSSESSIVE = new Set(["'s", '’s'])

/**
 * Whether a name stands where only a film's, a show's or a song's title does: after "starred in", "role in",
 * "nominated for", "performance in" (where a place the tagger's data knows keeps its kind: "her performance in
 * Leeds"), "directed" (not "directed by"), or after "for" when a winning verb and a prize's word precede it
 * in the sentence ("won best actress for Vexmoor"). All but "starred in" need a word of stage or screen in the
 * sentence ("her role in Vexco's fall" names a firm); a possessive after the name names an owner, and a place after
 * "starred in" ("starred in Paris") keeps its kind.
 * @example // "Ann Vale starred in Tallow Creek." → "Tallow Creek" is a work
 */
export function isPerformedWork(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const sentence = sentenceOf[m.first]
  const word = (k: number) =>
    k >= 0 && sentenceOf[k] === sentence ? (tokens[k]?.text.toLowerCase() ?? '') : ''
  if (POSSESSIVE.has(tokens[m.last]?.text ?? '')) return false
  // "starred in the film Vexmoor": the article of the title may come between.
  const at = word(m.first - 1) === 'the' ? m.first - 1 : m.first
  const pair = `${word(at - 2)} ${word(at - 1)}`
  const cued = PAIR_CUES.has(pair) || WORD_CUES.has(word(at - 1)) || wonFor(word, at)
  if (!cued) return false
  // "starred in Paris" may name the stage's town: after "starred in" a place keeps its kind.
  if (STRONG.has(pair)) return m.kind !== 'location'
  if (TOUR_CUES.has(pair) && (m.country !== undefined || isKnownPlace(m.text))) return false
  for (let k = m.first - 1; word(k) !== ''; k--) if (SCREEN_WORDS.has(word(k))) return true
  for (let k = m.last; word(k) !== ''; k++) if (SCREEN_WORDS.has(word(k))) return true
  return false
}

/** "won best actress for …", "the prize for best feature for …": "for" after a winning verb and a prize's word. */
function wonFor(word: (k: number) => string, at: number): boolean {
  if (word(at - 1) !== 'for') return false
  let prize = false
  for (let k = at - 2; k >= at - 10 && word(k) !== ''; k--) {
    if (PRIZE_WORDS.has(word(k))) prize = true
    if (prize && WINNING.has(word(k))) return true
  }
  return false
}
