import { MEMBER_OF_BODY_TITLES, WORK_TITLES } from '../../data/actors/apposed-nouns.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS } from './tagger/tags.ts'

// Titles of people that a name follows: "R&B star Nelly", "U2 frontman Bono" end a name and open a person's.
const PERSON_TITLES = new Set([...WORK_TITLES, ...MEMBER_OF_BODY_TITLES])
const BEGIN_PERSON = TAGS.indexOf('B-PER')

// Words in lower case that names keep inside them before a capital: "Bank of England", "Ludwig van Beethoven",
// "David dal Maso", "Stratford upon Avon", "Fondation pour l'Enfance", "Palazzo della Ragione", "Partij voor de
// Vrijheid"; and any of one or two letters ("Union for a Popular Movement", "Umkhonto we Sizwe").
const NAME_LINKS = new Set(
  'and the for dal del der den des dos das van von las los bin ibn und voor upon over under from with into near della delle degli dello pour dans avec sous sur'.split(
    ' ',
  ),
)

/**
 * "The Tories say Labour is late", "a Conservative Party taking Britain back", "the Catholic movement Opus
 * Dei": a word in lower case inside one of the tagger's names, before a capital, is the sentence's, not the
 * name's, unless names link their words with it ("of", "van", "della"); the name ends before it and a new one starts after it, a person's after a title ("R&B star Nelly"). Changes
 * `article.tags` in place.
 * @example // "The Tories say Labour is late." → "Tories" and "Labour", not "Tories say Labour"
 */
export function splitGluedNames(article: TaggedArticle): void {
  const { tokens, tags } = article
  for (let k = 1; k + 1 < tokens.length; k++) {
    const tag = tags[k] as number
    const next = tags[k + 1] as number
    if (!isInside(tag) || !isInside(next) || next !== tag) continue
    const word = tokens[k]?.text ?? ''
    if (word.length <= 2 || !/^\p{Ll}+$/u.test(word) || NAME_LINKS.has(word)) continue
    if (!/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) continue
    tags[k] = 0
    // The I- tag of a type is one more than its B- tag (see TAGS).
    tags[k + 1] = PERSON_TITLES.has(word) ? BEGIN_PERSON : next - 1
  }
}
