import { LOCATIVES } from '../../data/actors/apposed-nouns.ts'
import { REGIONS } from '../../data/actors/places.ts'
import seen from '../../data/actors/seen-names.json' with { type: 'json' }
import { isCommonWord } from './common-words.ts'
import { findCountryOfCapital } from './countries.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const LOCATIVE_SET = new Set(LOCATIVES)
const REGION_SET = new Set(REGIONS)
// Compass points name regions and blocs by themselves ("the West", "across the South").
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Midwest'])

let seenWords: Set<string> | null = null

/** Whether the tagger's training data has the word as a name by itself ("Luton", "Reading"). */
function isSeenName(word: string): boolean {
  seenWords ??= new Set(Object.values(seen as Record<string, readonly string[]>).flat())
  return seenWords.has(word)
}

/**
 * No invented places: a one-word "place" that is a common English word ("Spring", "Matrix", "Heart") is a word
 * the tagger misread, unless the article puts it after a preposition of place at least once ("in Bath"), or it
 * is a region, a capital, a compass point or a name in the tagger's training data ("Reading", "Luton"). Changes `found.mentions` in place.
 * @example // "Spring sales rose, Ana Pell said." → no location "Spring"
 */
export function dropCommonWordPlaces(article: TaggedArticle, found: ArticleMentions): void {
  const candidates = new Map<string, Mention[]>()
  for (const m of found.mentions) {
    if (m.kind !== 'location' || m.last - m.first !== 1 || m.country || m.canonical) continue
    if (REGION_SET.has(m.text) || COMPASS.has(m.text) || !isCommonWord(m.text) || isSeenName(m.text)) continue
    if (findCountryOfCapital(m.text)) continue
    const list = candidates.get(m.text)
    if (list) list.push(m)
    else candidates.set(m.text, [m])
  }
  if (candidates.size === 0) return
  const words = new Set<string>()
  for (const [word, list] of candidates) if (!list.some((m) => isAfterLocative(article, m))) words.add(word)
  if (words.size > 0)
    found.mentions = found.mentions.filter((m) => !(m.kind === 'location' && words.has(m.text)))
}

/** "in Reading", "to the Wirral": a preposition of place, maybe with "the", right before the name. */
function isAfterLocative(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  let k = m.first - 1
  if (tokens[k]?.text.toLowerCase() === 'the') k--
  return (
    k >= 0 && sentenceOf[k] === sentenceOf[m.first] && LOCATIVE_SET.has(tokens[k]?.text.toLowerCase() ?? '')
  )
}
