import { isBodyHead } from './body-heads.ts'
import type { TaggedArticle } from './tag-article.ts'

const ACRONYM = /^\p{Lu}{2,6}$/u
// A word in lower case, hyphens and a possessive's apostrophe inside it: "high-definition", "managers'".
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u
// Words a definition passes over: "information and communication technology (ICT)".
const SKIPPED = new Set(['and', 'of', '&'])
// Nouns that end the lower-case name of a body as well as a thing: "the monetary policy committee (MPC)".
const BODY_NOUNS = new Set([
  'service',
  'party',
  'group',
  'company',
  'corporation',
  'court',
  'police',
  'force',
])
const MAX_WORDS = 6

/**
 * The acronyms an article defines as common nouns: in brackets right after words in lower case whose first
 * letters they are ("an initial public offer (IPO)", "liquefied natural gas (LNG)", "high-definition (HD)"). The
 * name of a body in lower case stays one ("the monetary policy committee (MPC)": its last word a body's noun).
 * @example definedCommonAcronyms(tagArticle(parseArticle('Its initial public offer (IPO) sold.'))) // Set {'IPO'}
 */
export function definedCommonAcronyms(article: TaggedArticle): Set<string> {
  const found = new Set<string>()
  const { tokens, sentenceOf } = article
  for (let i = 2; i + 1 < tokens.length; i++) {
    const text = (tokens[i] as { text: string }).text
    if (!ACRONYM.test(text) || tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')') continue
    const words: string[] = []
    for (let k = i - 2; k >= 0 && k > i - 2 - MAX_WORDS && sentenceOf[k] === sentenceOf[i]; k--) {
      const word = (tokens[k] as { text: string }).text
      // "managers’ index": a plural's apostrophe, a token of its own, belongs to the word before it.
      if (word === "'" || word === '’') continue
      if (!LOWER_WORD.test(word)) break
      words.unshift(word)
    }
    const last = words.at(-1)
    if (last === undefined || isBodyHead(last) || BODY_NOUNS.has(last)) continue
    if (spellsEnding(text.toLowerCase(), words)) found.add(text)
  }
  return found
}

/**
 * Whether the letters are the first letters of the last words, in order, a hyphenated word giving one letter or one
 * for each part, "and"/"of" inside given none; the first word spelled is no skipped word.
 */
function spellsEnding(letters: string, words: readonly string[]): boolean {
  // Matches from the end: the letters left to spell (a prefix of `letters`) against the words before index w.
  const match = (left: number, w: number): boolean => {
    if (left === 0) return w < words.length && !SKIPPED.has(words[w] as string)
    if (w === 0) return false
    const word = words[w - 1] as string
    if (SKIPPED.has(word) && left < letters.length && match(left, w - 1)) return true
    const parts = word.split('-').filter((part) => part.length > 0)
    const initials = [parts.map((part) => part[0]).join(''), word[0] as string]
    return initials.some(
      (spelled) =>
        spelled.length <= left &&
        letters.slice(left - spelled.length, left) === spelled &&
        match(left - spelled.length, w - 1),
    )
  }
  return match(letters.length, words.length)
}
