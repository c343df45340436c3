import { INSTITUTION_HEADS } from '../../data/actors/apposed-nouns.ts'
import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'
import { givenNameGender } from '../given-names.ts'
import { PARTICLES } from './name-openers.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS, typeOfTag } from './tagger/tags.ts'

const BEGIN_PERSON = TAGS.indexOf('B-PER')
const INSIDE_PERSON = TAGS.indexOf('I-PER')
const PERSON = typeOfTag(BEGIN_PERSON)
const MISC = typeOfTag(TAGS.indexOf('B-MISC'))
const BODY_HEADS = new Set([...ORGANIZATION_HEADS, ...INSTITUTION_HEADS.map((head) => head.toLowerCase())])

/**
 * "Maria des Cars", "Tom de Vale": a given name that carries a gender, one or two surname particles in lower case and one or two
 * capitalized words is a person's name, where the tagger took it for a body's or a place's (the surname a common
 * noun). A body's head at its end keeps the body ("Maria de Vale Hospital"). Changes `article.tags` in place.
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
    if (type !== PERSON && type !== MISC && isParticleName(tokens.slice(first, last).map((t) => t.text))) {
      tags[first] = BEGIN_PERSON
      tags.fill(INSIDE_PERSON, first + 1, last)
    }
    first = last
  }
}

/** Whether the words read as a given name, particles and a surname: ["Maria", "des", "Cars"]. */
function isParticleName(words: readonly string[]): boolean {
  if (words.length < 3 || words.length > 5 || givenNameGender(words[0] as string) === undefined) return false
  let k = 1
  while (k < words.length && PARTICLES.has(words[k] as string)) k++
  const particles = k - 1
  const surname = words.slice(k)
  if (particles < 1 || particles > 2 || surname.length < 1 || surname.length > 2) return false
  if (!surname.every((word) => /^\p{Lu}\p{Ll}/u.test(word))) return false
  return !BODY_HEADS.has((surname.at(-1) as string).toLowerCase())
}
