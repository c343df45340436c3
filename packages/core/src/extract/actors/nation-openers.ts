import { ROLE_HEAD_SET, ROLE_MODIFIERS } from '../../data/actors/roles.ts'
import { isPersonName } from './apposed-nouns.ts'
import { isBodyHead } from './body-heads.ts'
import { isCommonWord } from './common-words.ts'
import { findCountry, findCountryOfDemonym } from './countries.ts'
import { isFunctionWord } from './function-words.ts'
import { isNationNoun } from './nation-nouns.ts'
import type { TaggedArticle } from './tag-article.ts'
import { chunkEnd, isInside, TAGS, typeOfTag } from './tagger/tags.ts'

const BEGIN_PERSON = TAGS.indexOf('B-PER')
const INSIDE_PERSON = TAGS.indexOf('I-PER')
const BEGIN_MISC = TAGS.indexOf('B-MISC')
const PERSON = typeOfTag(BEGIN_PERSON)
const ROLE_WORDS = new Set([...ROLE_HEAD_SET, ...ROLE_MODIFIERS])
// A person's name after the nation word is one to three words: "Briton Ivo Lant", "Dutchman Van der Lant".
const MAX_NAME_WORDS = 3

/**
 * Sport and news name a person by nation first: "Russian Lantova beat Welshman Ivo Pell". The tagger often takes
 * the nation word into the name, which then reads as a body ("Russian Lantova"), a person ("Welshman Ivo Pell") or
 * is dropped with the demonym. A chunk that opens with a demonym or a nation noun, followed by one to three
 * capitalized words that a person bears, becomes the demonym alone and the person's name after it. A person bears
 * the words when the tagger called the chunk a person, when they open with a common given name, when the last is a
 * name only people bear, or when the article names a person by that word elsewhere. "French Open", "Swiss Re",
 * "British Airways" and "Russian Foreign Minister" stay whole, as does "Basic American Foods" (a name's word before
 * the nation word). A nation noun alone after a word in lower case ("the 31-year-old Dane") refers to a person the
 * text named and is no name: the statements' nation epithets read it. Changes `article.tags` in place.
 * @example // "Russian Lantova won. Lantova said she was tired." → person "Lantova", the demonym "Russian"
 */
export function splitNationOpeners(article: TaggedArticle): void {
  const { tokens, tags, sentenceOf } = article
  let personWords: Set<string> | undefined
  for (let k = 0; k + 1 < tokens.length; k++) {
    const tag = tags[k] as number
    if (tag === 0 || isInside(tag)) continue
    const word = (tokens[k] as { text: string }).text
    const demonym = findCountryOfDemonym(word) !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word)
    if (!demonym && !isNationNoun(word)) continue
    // "Basic American Foods": a capitalized word before the nation word makes it a word of a body's name.
    if (k > 0 && sentenceOf[k - 1] === sentenceOf[k] && isNameWord(tokens[k - 1]?.text ?? '')) continue
    const end = chunkEnd(tags, k)
    if (end - k === 1) {
      // "the 31-year-old Dane", "the Welshman": a nation noun alone after a word in lower case refers, it names no one.
      if (
        isNationNoun(word) &&
        sentenceOf[k - 1] === sentenceOf[k] &&
        /^[\p{Ll}\p{N}]/u.test(tokens[k - 1]?.text ?? '')
      )
        tags[k] = 0
      continue
    }
    if (end - k < 2 || end - k > MAX_NAME_WORDS + 1 || !isNameAfter(article, k + 1, end)) continue
    personWords ??= wordsOfPersons(article)
    if (!isBorneByPerson(article, k, end, personWords)) continue
    tags[k] = demonym ? BEGIN_MISC : 0
    tags[k + 1] = BEGIN_PERSON
    for (let j = k + 2; j < end; j++) tags[j] = INSIDE_PERSON
  }
}

/** A capitalized word that is no function word ("Basic", not "The"). */
function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !isFunctionWord(word)
}

/** Whether the words [first, last) can be a person's name: capitalized, no role, the last no common word or place. */
function isNameAfter(article: TaggedArticle, first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const word = (article.tokens[k] as { text: string }).text
    if (!/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(word) || ROLE_WORDS.has(word.toLowerCase()))
      return false
  }
  const lastWord = (article.tokens[last - 1] as { text: string }).text
  return !isCommonWord(lastWord) && !isBodyHead(lastWord) && findCountry(lastWord) === undefined
}

/** Whether a person bears the words after the nation word of the chunk [first, last). */
function isBorneByPerson(
  article: TaggedArticle,
  first: number,
  last: number,
  personWords: ReadonlySet<string>,
): boolean {
  if (typeOfTag(article.tags[first] as number) === PERSON) return true
  const opening = (article.tokens[first + 1] as { text: string }).text
  const closing = (article.tokens[last - 1] as { text: string }).text
  if (last - first > 2 && isPersonName(opening)) return true
  return isPersonName(closing) || personWords.has(closing)
}

/** The words of the article's chunks the tagger took for people and that open with no nation word. */
function wordsOfPersons(article: TaggedArticle): Set<string> {
  const { tokens, tags } = article
  const words = new Set<string>()
  for (let k = 0; k < tokens.length; k++) {
    const tag = tags[k] as number
    if (tag === 0 || isInside(tag) || typeOfTag(tag) !== PERSON) continue
    const end = chunkEnd(tags, k)
    const opening = (tokens[k] as { text: string }).text
    if (findCountryOfDemonym(opening) !== undefined || isNationNoun(opening)) continue
    for (let j = k; j < end; j++) words.add((tokens[j] as { text: string }).text)
  }
  return words
}
