import { HONORIFICS } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import { commonTagOf } from './common-words.ts'
import { isCalling } from './occupations.ts'
import type { TaggedArticle } from './tag-article.ts'
import { chunkEnd, isInside, typeOfTag } from './tagger/tags.ts'

// The tagger's labels for a person's name: its first word, then the others (IOB2, see tagger/tags.ts).
const B_PER = 1
const I_PER = 2
const PERSON_TYPE = 1
// Parts of speech of a common word that describes the person after it: a noun ("Midfielder"), an adjective or a
// participle ("Injured").
const DESCRIBING = new Set(['N', 'J', 'VN'])
// A calling or an adjective in capitals, one word of letters (no initials, no acronym).
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u

/**
 * "Comedian Ann Rusk said", "Injured Tom Hale misses the game": news style opens a sentence with a calling or an
 * adjective in capitals, and the tagger reads it as the first word of the name after it. When that word is a calling
 * (see occupations.ts) or a common noun, adjective or participle, no given name and no honorific, and at least two
 * words follow it in a name the tagger took for a person's or that a given name opens, the name starts after it and
 * is a person's. A given name ("Will Ann Rusk" stays whole), an
 * honorific ("Lord Tom Hale") and a word that is no given name after the opener ("Liberal Democrat Ann Rusk",
 * "General Electric") keep the name as the tagger found it. Changes `article.tags` in place.
 * @example // "Comedian Ann Rusk said no." → the person "Ann Rusk"
 */
export function splitSentenceOpeners(article: TaggedArticle): void {
  const { tokens, tags, sentences } = article
  for (const { first } of sentences) {
    const tag = tags[first] as number
    if (tag === 0 || isInside(tag)) continue
    const end = chunkEnd(tags, first)
    // The opener, a given name and a surname at least.
    if (end - first < 3) continue
    const opener = tokens[first]?.text ?? ''
    if (!CAPITALIZED_WORD.test(opener) || givenNameGender(opener) !== undefined) continue
    if (!isCalling(opener) && !DESCRIBING.has(commonTagOf(opener) ?? '')) continue
    if (HONORIFICS[opener.toLowerCase()] !== undefined) continue
    // A person's name after it: the tagger's, or one a given name opens ("Injured Tom Hale", tagged a body).
    const next = tokens[first + 1]?.text ?? ''
    if (typeOfTag(tag) !== PERSON_TYPE && givenNameGender(next) === undefined) continue
    if (!/^\p{Lu}/u.test(next)) continue
    tags[first] = 0
    tags[first + 1] = B_PER
    tags.fill(I_PER, first + 2, end)
  }
}
