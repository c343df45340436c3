import { findCountryOfCapital } from './countries.ts'
import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// Words before a capital that make it a place, or another thing than the government ("in Moscow", "the Moscow
// office", "to Washington"). Closed: prepositions and determiners.
const PLACE_OPENERS = new Set(
  'in from to at near outside around of via over for into across inside through the a an this that'.split(
    ' ',
  ),
)

/**
 * A capital the article has act as its government ("Washington insists") stands for it too wherever else the
 * tagger took the lone word for a person ("Washington has also voiced concern"): a mention of the country, as the
 * acting one is (government-actor.ts joins both to the government the text names), never a person speaking. Not
 * after a preposition or a determiner, nor where a person of the article bears that name ("Denzel Washington").
 * Changes the mentions in place.
 */
export function markCapitalSubjects(article: TaggedArticle, mentions: readonly Mention[]): void {
  const acting = new Set(
    mentions.flatMap((m) =>
      m.kind === 'country' && m.country && findCountryOfCapital(m.text)?.code === m.country.code
        ? [m.text]
        : [],
    ),
  )
  if (acting.size === 0) return
  const named = new Set(
    mentions.flatMap((m) => (m.kind === 'person' && m.last - m.first > 1 ? m.text.split(' ') : [])),
  )
  for (const m of mentions) {
    if (m.kind !== 'person' || m.last - m.first !== 1 || !acting.has(m.text) || named.has(m.text)) continue
    const before =
      article.sentenceOf[m.first - 1] === article.sentenceOf[m.first]
        ? article.tokens[m.first - 1]
        : undefined
    if (before && PLACE_OPENERS.has(before.text.toLowerCase())) continue
    const country = findCountryOfCapital(m.text)
    if (!country) continue
    m.kind = 'country'
    m.country = country
  }
}
