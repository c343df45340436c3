import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import { givenNameGender } from '../given-names.ts'
import { isBodyHead, isForeignBodyOpener } from './body-heads.ts'
import { isCommonWord } from './common-words.ts'
import { PARTICLES } from './name-openers.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS, typeOfTag } from './tagger/tags.ts'

const BEGIN_PERSON = TAGS.indexOf('B-PER')
const INSIDE_PERSON = TAGS.indexOf('I-PER')
const ORGANIZATION = typeOfTag(TAGS.indexOf('B-ORG'))
const LOCATION = typeOfTag(TAGS.indexOf('B-LOC'))
const VERBS = new Set(SPEECH_VERBS)

/**
 * "Maria des Cars", "Tom de Vale": a given name that carries a gender, one or two surname particles in lower case and one or two
 * capitalized words is a person's name, where the tagger took it for a body's or a place's (the surname a common
 * noun). A body's head at its end keeps the body ("Maria de Vale Hospital"); a place stays one unless a verb of
 * saying stands right before or after it ("Victoria de Durango" is a city). Changes `article.tags` in place.
 * @example // "said Maria des Cars, the museum's president" → a person, no organization
 */
export function kindParticleNames(article: TaggedArticle): void {
  const { tokens, tags } = article
  let first = 0
  while (first < tokens.length) {
    const tag = tags[first] as number
    if (tag === 0 || isInside(tag)) {
      first++
      continue
    }
    let last = first + 1
    while (last < tokens.length && isInside(tags[last] as number)) last++
    const type = typeOfTag(tag)
    const said = speaks(article, first, last)
    const kinded = type === ORGANIZATION || (type === LOCATION && said)
    if (
      kinded &&
      isParticleName(
        tokens.slice(first, last).map((t) => t.text),
        said,
      )
    ) {
      tags[first] = BEGIN_PERSON
      tags.fill(INSIDE_PERSON, first + 1, last)
    }
    first = last
  }
}

/** Whether a verb of saying stands right before or after tokens [first, last) in their sentence: "said X", "X said". */
function speaks(article: TaggedArticle, first: number, last: number): boolean {
  const { tokens, sentenceOf } = article
  const near = (k: number) => sentenceOf[k] === sentenceOf[first] && VERBS.has(tokens[k]?.text ?? '')
  return near(first - 1) || near(last)
}

/**
 * Whether the words read as a given name, particles and a surname: ["Maria", "des", "Cars"]. A first name the
 * list of given names lacks ("Laurence des Cars") will do where the name speaks, if it is no common word nor a
 * body's noun ("said Banco de Orlin").
 */
function isParticleName(words: readonly string[], said: boolean): boolean {
  if (words.length < 3 || words.length > 5) return false
  const first = words[0] as string
  const given =
    givenNameGender(first) !== undefined ||
    (said && /^\p{Lu}\p{Ll}+$/u.test(first) && !isCommonWord(first) && !isBodyWord(first))
  if (!given) return false
  let k = 1
  while (k < words.length && PARTICLES.has(words[k] as string)) k++
  const particles = k - 1
  const surname = words.slice(k)
  if (particles < 1 || particles > 2 || surname.length < 1 || surname.length > 2) return false
  if (!surname.every((word) => /^\p{Lu}\p{Ll}/u.test(word))) return false
  return !isBodyHead(surname.at(-1) as string)
}

function isBodyWord(word: string): boolean {
  return isForeignBodyOpener(word) || isBodyHead(word)
}
