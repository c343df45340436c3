import { isCommonWord } from './common-words.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS, typeOfTag } from './tagger/tags.ts'

const BEGIN_PERSON = TAGS.indexOf('B-PER')
const INSIDE_PERSON = TAGS.indexOf('I-PER')
const PERSON = typeOfTag(BEGIN_PERSON)
// The marks that open a nickname, each with the one that closes it.
const CLOSING: Readonly<Record<string, string>> = { "'": "'", '"': '"', '‘': '’', '“': '”' }
const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u

/**
 * "Brian 'Head' Tarrow", "Marion "Suge" Vellman": a nickname in quotes between a given name and a surname is part of
 * one person's name, which the tagger reads as two people (the given name, the surname) and a word in quotes.
 * A capitalized word tagged a person's name alone, one or two capitalized words in matching quotes right after it,
 * then a capitalized word tagged a person's name (or untagged and no common word) in the same sentence: all one person's name. Changes `article.tags`
 * in place.
 * @example // "Guitarist Brian 'Head' Tarrow quit." → one person "Brian 'Head' Tarrow"
 */
export function joinQuotedNicknames(article: TaggedArticle): void {
  const { tokens, tags, sentenceOf } = article
  const text = (k: number) => tokens[k]?.text ?? ''
  for (let k = 0; k + 4 < tokens.length; k++) {
    const tag = tags[k] as number
    if (tag !== BEGIN_PERSON || isInside(tags[k + 1] as number) || !CAPITALIZED.test(text(k))) continue
    const closing = CLOSING[text(k + 1)]
    if (closing === undefined) continue
    let end = k + 2
    while (end < k + 4 && CAPITALIZED.test(text(end))) end++
    if (end === k + 2 || text(end) !== closing) continue
    const surname = end + 1
    const surnameTag = tags[surname] as number
    // The surname tagged a person's, or left untagged where it is no common word.
    const untagged = surnameTag === 0 && !isCommonWord(text(surname))
    if (!untagged && (isInside(surnameTag) || typeOfTag(surnameTag) !== PERSON)) continue
    if (!CAPITALIZED.test(text(surname)) || sentenceOf[surname] !== sentenceOf[k]) continue
    let last = surname + 1
    while (last < tokens.length && isInside(tags[last] as number)) last++
    for (let j = k + 1; j < last; j++) tags[j] = INSIDE_PERSON
    k = last - 1
  }
}
