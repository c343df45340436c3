import { isCommonWord } from './common-words.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { surnameOf } from './name-forms.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { isAllCaps } from './tagger/word-shape.ts'

// Nouns in lower case that make a surname before them a family: "the Vellacott family", "the Orrin clan".
const FAMILY_NOUNS = new Set(['family', 'families', 'clan', 'dynasty'])
// A family's name is a surname or two ("the Lane-Orrin family", "the Da Costa family"), never a long name.
const MAX_FAMILY_NAME_TOKENS = 3

/**
 * Families are groups of people, not one person nor a firm or a place: "the Vellacott family said" and "the Vellacotts
 * thanked the nurses" name a family. A name before a family noun in lower case becomes the group "Vellacott family"
 * (so it is no longer a form of Jim Vellacott's name); a name in the plural after "the" whose singular is the surname
 * of a person the article names becomes a group too ("Jim Vellacott … the Vellacotts"). "the Vellacott family of
 * viruses" (a family of things), "Family Fare" (the noun in capitals) and a plural no one bears ("the Ravens") are
 * left alone. Changes `found.mentions` in place.
 * @example // "Jim Vellacott died. The Vellacott family said thanks." → group "Vellacott family", person "Jim Vellacott"
 */
export function settleFamilyNames(article: TaggedArticle, found: ArticleMentions): void {
  const surnames = personSurnames(found.mentions)
  const bodyWords = wordsOfBodies(found.mentions)
  for (const m of found.mentions) {
    if (m.country !== undefined || m.canonical !== undefined) continue
    if (isBeforeFamilyNoun(article, m) && isFamilyName(article, m, bodyWords)) toFamily(article, m)
    else if (m.kind !== 'group' && isPluralSurname(article, m, surnames) && !bodyWords.has(m.text))
      m.kind = 'group'
  }
}

/**
 * Whether the name before a family noun is a family's: after "the", in no capitals only, no common word unless the
 * tagger took it for a person's, and no word of a body the article names ("the Vexco family of brands" with "Vexco
 * Group" named is the firm's; "The Daily Vale family" of readers, "a local Tarrow family" are no family's name).
 */
function isFamilyName(article: TaggedArticle, m: Mention, bodyWords: ReadonlySet<string>): boolean {
  if (article.tokens[m.first - 1]?.text.toLowerCase() !== 'the') return false
  const words = m.text.split(' ').filter((word) => !FAMILY_NOUNS.has(word))
  return words.every(
    (word) => !isAllCaps(word) && !bodyWords.has(word) && (m.kind === 'person' || !isCommonWord(word)),
  )
}

/** The words of the article's names of bodies of two words or more: "Vexco" of "Vexco Group", "Stones" of "Rolling Stones". */
function wordsOfBodies(mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>()
  for (const m of mentions) {
    const parts = m.text.split(' ')
    // A one-word body may be the family itself as the tagger read it ("the Vellacotts").
    if (m.kind !== 'organization' || parts.length < 2 || parts.some((word) => FAMILY_NOUNS.has(word)))
      continue
    for (const word of parts) words.add(word)
  }
  return words
}

/** Whether a short name stands right before a family noun in lower case, not one of things ("family of viruses"). */
function isBeforeFamilyNoun(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const words = m.text.split(' ')
  // The tagger sometimes takes the noun into the name ("Vellacott family"): the words before it are the name.
  const inside = words.length > 1 && FAMILY_NOUNS.has(words.at(-1) as string)
  const nameWords = inside ? words.length - 1 : words.length
  if (nameWords > MAX_FAMILY_NAME_TOKENS) return false
  const noun = inside ? m.last - 1 : m.last
  if (!FAMILY_NOUNS.has(tokens[noun]?.text ?? '') || sentenceOf[noun] !== sentenceOf[m.first]) return false
  return tokens[noun + 1]?.text !== 'of'
}

/** Makes a mention the group "Name family", taking in the noun after it. */
function toFamily(article: TaggedArticle, m: Mention): void {
  const noun = article.tokens[m.last] as { text: string; end: number }
  if (FAMILY_NOUNS.has(noun.text) && !m.text.endsWith(` ${noun.text}`)) {
    m.last += 1
    m.end = noun.end
    m.text = nameAt(article, m.start, m.end)
  }
  m.kind = 'group'
}

/**
 * The surnames of the article's people's full names, as the resolver reads them (surnameOf): "Vellacott" of "Jim
 * Vellacott" and of "Jim Vellacott Jr", whose last word is a generation, not a family's name.
 */
function personSurnames(mentions: readonly Mention[]): Set<string> {
  const surnames = new Set<string>()
  for (const m of mentions) {
    if (m.kind !== 'person') continue
    const words = m.text.split(' ')
    const surname = words.length > 1 ? surnameOf(words) : undefined
    if (surname !== undefined) surnames.add(surname)
  }
  return surnames
}

/** "the Vellacotts", "the Joneses": one word after "the" that is a surname of the article's plus "s" or "es". */
function isPluralSurname(article: TaggedArticle, m: Mention, surnames: ReadonlySet<string>): boolean {
  if (m.last - m.first !== 1 || article.tokens[m.first - 1]?.text.toLowerCase() !== 'the') return false
  const word = m.text
  if (!word.endsWith('s')) return false
  return surnames.has(word.slice(0, -1)) || (word.endsWith('es') && surnames.has(word.slice(0, -2)))
}
