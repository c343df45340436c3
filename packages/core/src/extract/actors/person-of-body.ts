import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'
import { HONORIFICS } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import { isCommonWord } from './common-words.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS, typeOfTag } from './tagger/tags.ts'

const BEGIN_PERSON = TAGS.indexOf('B-PER')
const INSIDE_PERSON = TAGS.indexOf('I-PER')
const BEGIN_ORGANIZATION = TAGS.indexOf('B-ORG')
const ORGANIZATION = typeOfTag(BEGIN_ORGANIZATION)
const BODY_WORDS = new Set(ORGANIZATION_HEADS)
const SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u

/**
 * "Peter Vane of Orlin Trade Magazine" tagged "Peter" and a body "Vane of Orlin Trade Magazine": a body's name that
 * starts with one capitalized word and "of", right after a given name, an honorific ("Mr Vane of …") or a
 * capitalized word inside the sentence that is no common word, is a person's surname and the body the person is of;
 * so are two words of a name that open the body's name, a given name first or the surname given a title elsewhere
 * ("Ashok Vale of Orlin Black Vote … Mr Vale"; not "Goldman Sachs of New York"). The given name (or the
 * honorific's name) and the surname become one person, the words after "of" the body. Changes `article.tags` in
 * place.
 * @example // "According to Peter Vane of Orlin Trade Magazine, …" → person "Peter Vane", body "Orlin Trade Magazine"
 */
export function splitPersonOfBody(article: TaggedArticle): void {
  const { tokens, tags, sentenceOf } = article
  let titled: Set<string> | undefined
  for (let k = 1; k + 2 < tokens.length; k++) {
    const tag = tags[k] as number
    if (typeOfTag(tag) !== ORGANIZATION || tokens[k + 1]?.text !== 'of') continue
    if (!isInside(tags[k + 1] as number) || !isInside(tags[k + 2] as number)) continue
    if (sentenceOf[k - 1] !== sentenceOf[k] || !SURNAME.test(tokens[k]?.text ?? '')) continue
    if (!/^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) continue
    const before = tokens[k - 1]?.text ?? ''
    if (isInside(tag)) {
      // "Ashok Vishwanathan of Operation Black Vote", all one body's name: two words of a name open it.
      const surname = tokens[k]?.text ?? ''
      if (tags[k - 1] !== BEGIN_ORGANIZATION || !isNameWord(before) || !isNameWord(surname)) continue
      // A given name first, or the surname after a title elsewhere ("Mr Vishwanathan"): not "Goldman Sachs of …".
      titled ??= titledWords(article)
      if (givenNameGender(before) === undefined && !titled.has(surname)) continue
      tags[k - 1] = BEGIN_PERSON
      tags[k] = INSIDE_PERSON
    } else {
      const previous = tags[k - 1] as number
      if (!/^\p{Lu}\p{Ll}/u.test(before) || (previous !== 0 && previous !== BEGIN_PERSON)) continue
      // A given name, a title, or a name of its own inside the sentence that the tagger left untagged ("Andreas").
      const untagged = sentenceOf[k - 2] === sentenceOf[k - 1] && !isCommonWord(before)
      if (givenNameGender(before) === undefined && !isHonorific(before) && !untagged) continue
      tags[k - 1] = isHonorific(before) ? 0 : BEGIN_PERSON
      tags[k] = isHonorific(before) ? BEGIN_PERSON : INSIDE_PERSON
    }
    tags[k + 1] = 0
    tags[k + 2] = BEGIN_ORGANIZATION
    k += 2
  }
}

/** The words right after an honorific anywhere in the article: "Vane" of "Mr Vane". */
function titledWords(article: TaggedArticle): Set<string> {
  const words = new Set<string>()
  const { tokens } = article
  for (let k = 0; k + 1 < tokens.length; k++)
    if (isHonorific(tokens[k]?.text ?? '')) words.add(tokens[k + 1]?.text ?? '')
  return words
}

/** A word of a person's name: capitalized, no common word, no body's head ("Bank", "Council"). */
function isNameWord(word: string): boolean {
  return SURNAME.test(word) && !isCommonWord(word) && !BODY_WORDS.has(word.toLowerCase())
}

function isHonorific(word: string): boolean {
  return HONORIFICS[word.toLowerCase()] !== undefined
}
