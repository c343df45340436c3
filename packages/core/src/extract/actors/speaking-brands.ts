import type { ArticleMentions } from './mentions.ts'
import { type OneWordOrganization, settleOneWordMentions } from './one-word-organizations.ts'
import { speaksAsSubject } from './party-plurals.ts'
import { INNER_CAPITAL, isSpeakerPlace } from './speaking-names.ts'
import type { TaggedArticle } from './tag-article.ts'

// A brand's shape: a capital inside a word with lower-case letters ("BuzzFeed", "PolitiFact"), or a word and a
// capital joined by a hyphen ("Wealth-X"). A run of capitals after a hyphen can be split between the two parts in
// many ways, so the pattern is only tried on words of brand length (a 100,000-letter word took 20 s).
const BRAND = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*|-\p{Lu}[\p{L}\d]*)+$/u
const LONGEST_BRAND = 40
const ACCORDING = /^according$/i

/**
 * "BuzzFeed announced", "PolitiFact said", "according to Wealth-X": a one-word name written like a brand in the
 * speaker's place of a verb of saying, or after "according to", is an organization, and so is every other
 * mention of that word; a surname's inner capital ("McCain", "DeSantis") is no brand. Changes and adds to the
 * mentions in place.
 */
export function settleSpeakingBrands(article: TaggedArticle, found: ArticleMentions): void {
  const { tokens, sentenceOf } = article
  const brands = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as { text: string }).text
    if (word.length > LONGEST_BRAND || !BRAND.test(word) || INNER_CAPITAL.test(word) || brands.has(word))
      continue
    const afterAccording =
      tokens[i - 1]?.text === 'to' &&
      ACCORDING.test(tokens[i - 2]?.text ?? '') &&
      sentenceOf[i - 2] === sentenceOf[i]
    if (afterAccording || isSpeakerPlace(article, i) || speaksAsSubject(article, i)) brands.add(word)
  }
  const named: OneWordOrganization[] = []
  for (let i = 0; i < tokens.length; i++)
    if (brands.has((tokens[i] as { text: string }).text)) named.push({ at: i })
  // A country, or a mention another stage gave its one name, stays what it is.
  settleOneWordMentions(article, found, named, (mention) => Boolean(mention.country || mention.canonical))
}
