import { givenNameGender } from '../given-names.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'

// Last words that make a name a day or a season, not a place or a body: "the New Year", "Christmas Day",
// "Election Day", "New Year's Eve". (People are left alone: "Doris Day".)
const OCCASION_ENDS = new Set(['Year', 'Day', 'Eve'])
// Last words that make a name of capitalized words an event or an era, not a place or a body: "the Cold War",
// "the Iraq War", "the Great Recession", "the Russian Revolution". Only where every word is capitalized: a body
// names such a word after "of" ("the Museum of the Revolution", "the Department of War").
const EVENT_ENDS = new Set(['War', 'Wars', 'Recession', 'Depression', 'Crash', 'Revolution', 'Crisis'])

// Broadcasters that name their channels and stations by number: "Radio 4", "Channel 4", "BBC Radio 5 Live".
const NUMBERED_HEADS = new Set(['Radio', 'Channel'])

/**
 * No places or organizations that are occasions: a name the tagger took for a place or a body whose last word is
 * a word of the calendar ("the New Year", "Election Day") or of an event or era in capitalized words ("the Cold
 * War", "the Great Recession") is dropped, and so is a name that owns a day ("Valentine's Day"). And a station
 * named by number is one name: "Radio" (the tagger's) before "4" becomes "Radio 4", and takes in a name right after
 * it ("Channel 4 News").
 * Changes `found.mentions` in place.
 * @example // "He will ask again in the New Year." → no location "New Year"
 */
export function settleOccasionsAndStations(article: TaggedArticle, found: ArticleMentions): void {
  const kept = found.mentions.filter((m) => !isOccasion(m) && !namesOccasion(article, m))
  const byFirst = new Map(kept.map((m) => [m.first, m]))
  const absorbed = new Set<Mention>()
  for (const m of kept) {
    if (m.kind !== 'organization' || absorbed.has(m) || !widenToNumber(article, m)) continue
    const rest = byFirst.get(m.last)
    if (rest?.kind === 'organization' && article.sentenceOf[rest.first] === article.sentenceOf[m.first]) {
      absorbed.add(rest)
      widen(article, m, rest.last)
    }
  }
  found.mentions = absorbed.size > 0 ? kept.filter((m) => !absorbed.has(m)) : kept
}

function isOccasion(m: Mention): boolean {
  if (m.kind !== 'location' && m.kind !== 'organization') return false
  if (m.country || m.canonical || m.last - m.first < 2) return false
  const last = m.text.slice(m.text.lastIndexOf(' ') + 1)
  if (OCCASION_ENDS.has(last)) return true
  return EVENT_ENDS.has(last) && m.text.split(' ').every((word) => /^\p{Lu}/u.test(word))
}

/**
 * "Valentine's Day", "St Patrick's Day", "New Year's Eve": a name whose possessive a day of the calendar follows
 * names the day there, not a person or a place (only that mention: the same name can be a person's elsewhere);
 * a given name and a surname stay ("Tom Reed's Day One plan").
 */
function namesOccasion(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const owner = tokens[m.last]?.text
  if ((owner !== "'s" && owner !== '’s') || sentenceOf[m.last + 1] !== sentenceOf[m.first]) return false
  const day = tokens[m.last + 1]?.text ?? ''
  if (day !== 'Day' && day !== 'Eve') return false
  return m.last - m.first === 1 || givenNameGender(tokens[m.first]?.text ?? '') === undefined
}

/** "Radio" then "4" in the same sentence, one space between: the mention takes the number in (answers whether). */
function widenToNumber(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const head = tokens[m.last - 1]
  const next = tokens[m.last]
  if (!head || !next || !NUMBERED_HEADS.has(head.text) || sentenceOf[m.last] !== sentenceOf[m.last - 1])
    return false
  if (next.start !== head.end + 1 || !/^\d{1,2}$/.test(next.text)) return false
  widen(article, m, m.last + 1)
  return true
}

/** Makes the mention end before token `last`. */
function widen(article: TaggedArticle, m: Mention, last: number): void {
  m.last = last
  m.end = (article.tokens[last - 1] as { end: number }).end
  m.text = nameAt(article, m.start, m.end)
}
