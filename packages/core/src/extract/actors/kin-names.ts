import type { ArticleMentions } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// Nouns of family and partners that a lone given name follows in apposition: "his wife, Joan,", "her twins,
// Hazel and Phin". Places and firms are no one's wife or child ("its partner Fiat" has no comma).
const KIN_NOUNS = new Set(
  (
    'wife husband partner son daughter sons daughters child children brother sister brothers sisters mother ' +
    'father girlfriend boyfriend fiancee fiancée fiance fiancé widow widower twins grandson granddaughter ' +
    'nephew niece cousin'
  ).split(' '),
)

/**
 * "His wife, Joan, said": a one-word name the tagger took for a place, right after a noun of family and a
 * comma, is a person's given name, in every mention of it in the article. Changes `found.mentions` in place.
 * @example // "Ivo Lant and his wife, Jolen, moved." → person "Jolen"
 */
export function settleKinNames(article: TaggedArticle, found: ArticleMentions): void {
  const { tokens, sentenceOf } = article
  const names = new Set<string>()
  for (const m of found.mentions) {
    if (
      m.kind !== 'location' ||
      m.country !== undefined ||
      m.canonical !== undefined ||
      m.last - m.first !== 1
    )
      continue
    const comma = m.first - 1
    if (tokens[comma]?.text !== ',' || sentenceOf[comma - 1] !== sentenceOf[m.first]) continue
    // In lower case: "Destiny's Child, Ti" is a band's name, not a child's.
    if (KIN_NOUNS.has(tokens[comma - 1]?.text ?? '')) names.add(m.text)
  }
  if (names.size === 0) return
  for (const m of found.mentions) if (m.kind === 'location' && names.has(m.text)) m.kind = 'person'
}
