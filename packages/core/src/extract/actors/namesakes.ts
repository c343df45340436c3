import { KIN_NOUNS } from '../../data/actors/apposed-nouns.ts'
import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

/**
 * Which of two namesakes a bare surname means, by whom the article and the passage are about. In an article that
 * opens on Ann Vale and names her most, a bare "Vale" is Ann even just after a paragraph names Tom Vale; in one
 * whose lead names neither, a paragraph that has named only Tom, while Ann was named as often before, leaves the
 * "Vale" unresolved, not wrong. A namesake brought in as someone's relation ("his wife Ruth Vale", "Ruth Vale,
 * his sister,") is a secondary character: naming her does not make the article or the passage hers.
 */

const KIN = new Set(KIN_NOUNS)
const POSSESSIVES = new Set(['his', 'her', 'their', 'whose'])

/**
 * A person's mention, placed: its first token, the token after it, the id of its person, and whether it is a
 * given name alone ("Tom's shoes" may be a brand's: it tells whose family a relation is, not whom a passage is
 * about).
 */
export interface NamedAt {
  token: number
  last: number
  id: string
  given?: boolean
}

/** The first token of each sentence's paragraph, as the parser cut them (the title a paragraph of its own). */
export function paragraphStarts(article: TaggedArticle): Int32Array {
  const { sentences } = article
  const starts = new Int32Array(sentences.length)
  let start = 0
  sentences.forEach((sentence, s) => {
    if (sentences[s - 1]?.paragraph !== sentence.paragraph) start = sentence.first
    starts[s] = start
  })
  return starts
}

/**
 * Whether the article brings a person in as someone's relation at this mention: after a noun of family ("his
 * wife Ruth Vale", "mother Ann Vale") or with one in apposition after the name ("Ruth Vale, his sister,").
 */
export function isKinIntroduced(article: TaggedArticle, mention: Mention): boolean {
  const { tokens, sentenceOf } = article
  const sentence = sentenceOf[mention.first]
  const at = (k: number) => (sentenceOf[k] === sentence ? (tokens[k]?.text ?? '') : '')
  const before = at(mention.first - 1) === ',' ? mention.first - 2 : mention.first - 1
  if (KIN.has(at(before))) return true
  if (at(mention.last) !== ',') return false
  const next = at(mention.last + 1).toLowerCase()
  return KIN.has(POSSESSIVES.has(next) || next === 'the' ? at(mention.last + 2) : next)
}

/** The token where an article's lead ends: after its title and its body's first paragraph. */
export function leadEnd(article: TaggedArticle, starts: Int32Array): number {
  const bodyFirst = article.titled ? (article.sentences[1]?.first ?? 0) : 0
  for (const start of starts) if (start > bodyFirst) return start
  return article.tokens.length
}

/** Where the passage and the article stand for a bare surname: the mention, the namesakes named so far. */
export interface Passage {
  mention: Mention
  named: readonly NamedAt[]
  /** The first token of the mention's paragraph, and the token where the lead ends. */
  paragraphStart: number
  leadEnd: number
}

/**
 * Of the candidates (namesakes of a bare surname), the one the evidence points to: a point each for being the
 * only one the lead names (whom the article is about), the only one named most so far, and the only one the
 * mention's paragraph has named before it (whom the passage is about); a relation brought in as such
 * (`isSecondary`) earns no point by being named. The one with most points; 'split' when two tie with a point
 * each or more (left unresolved rather than wrong); undefined when nothing points anywhere.
 */
export function weighNamesakes<T extends { id: string }>(
  passage: Passage,
  candidates: readonly T[],
  isSecondary: (candidate: T) => boolean,
): T | 'split' | undefined {
  const { mention, named, paragraphStart } = passage
  const ids = new Set(candidates.map((c) => c.id))
  const inLead = new Set<string>()
  const inParagraph = new Set<string>()
  const sofar = new Map<string, number>()
  // An indexed loop: `named` holds every name so far, read again for each surname weighed.
  for (let k = 0; k < named.length; k++) {
    const { token, id, given } = named[k] as NamedAt
    if (!ids.has(id) || given === true) continue
    if (token < passage.leadEnd) inLead.add(id)
    if (token >= mention.first) continue
    sofar.set(id, (sofar.get(id) ?? 0) + 1)
    if (token >= paragraphStart) inParagraph.add(id)
  }
  const score = new Map<string, number>()
  const point = (set: ReadonlySet<string>) => {
    const eligible = candidates.filter((c) => set.has(c.id) && !isSecondary(c))
    if (eligible.length === 1 && set.size === 1) {
      const id = (eligible[0] as T).id
      score.set(id, (score.get(id) ?? 0) + 1)
    }
  }
  point(inLead)
  point(inParagraph)
  // Loops rather than spreads of the maps' values: this runs for every bare surname with namesakes, and the
  // spreads' iterators were most of what resolving them allocated.
  let most = 0
  for (const n of sofar.values()) if (n > most) most = n
  const mostNamed = new Set<string>()
  if (most > 0) for (const [id, n] of sofar) if (n === most) mostNamed.add(id)
  point(mostNamed)
  let top = 0
  for (const n of score.values()) if (n > top) top = n
  if (top === 0) return undefined
  const best = candidates.filter((c) => score.get(c.id) === top)
  return best.length === 1 ? (best[0] as T) : 'split'
}

/**
 * The people named in a relation's sentence or the one before, before it ("Tom Vale … his son Nick": Tom Vale),
 * among whom the one the relation belongs to is; undefined when the name is brought in as no one's relation.
 */
export function namedBeforeKin(
  article: TaggedArticle,
  mention: Mention,
  named: readonly NamedAt[],
): Set<string> | undefined {
  if (!isKinIntroduced(article, mention)) return undefined
  const sentence = article.sentenceOf[mention.first] as number
  const ids = new Set<string>()
  for (const at of named)
    if (at.token < mention.first && (article.sentenceOf[at.token] as number) >= sentence - 1) ids.add(at.id)
  return ids
}

const AND = new Set(['and', '&'])

/**
 * Whether the mention and a mention of the person `id` are joined by "and" in one sentence ("President Vale and
 * Ruth Vale", "Ruth Vale and Mr Vale"): two people, however alike their names.
 */
export function isCoordinatedWith(
  article: TaggedArticle,
  mention: Mention,
  named: readonly NamedAt[],
  id: string,
): boolean {
  const { tokens, sentenceOf } = article
  const joins = (from: number, to: number) => {
    if (to - from < 1 || to - from > 3 || sentenceOf[from] !== sentenceOf[to]) return false
    const between = tokens.slice(from, to).map((t) => t.text)
    // Only "and", a comma and a title ("and President Vale") between the two names.
    return (
      between.some((w) => AND.has(w)) && between.every((w) => AND.has(w) || w === ',' || /^\p{Lu}/u.test(w))
    )
  }
  return named.some((at) => at.id === id && (joins(mention.last, at.token) || joins(at.last, mention.first)))
}

const SUBJECT_PRONOUNS = new Map<string, 'male' | 'female'>([
  ['he', 'male'],
  ['she', 'female'],
])
const SAYING = new Set(SPEECH_VERBS)
const TELLING = new Set(['told', 'tells', 'assured', 'reminded', 'warned'])

/**
 * The gender of "he" or "she" right after a bare surname's verb of saying ("Vale said he was glad", "Vale told
 * reporters that she would stay"), which says which of a man and a woman of that name is meant; none for a
 * pronoun further on, which may stand for anyone ("Vale and her aides, because he lied").
 */
export function followingSubjectGender(
  article: TaggedArticle,
  mention: Mention,
): 'male' | 'female' | undefined {
  const { tokens, sentenceOf } = article
  const sentence = sentenceOf[mention.first]
  const word = (k: number) => (sentenceOf[k] === sentence ? (tokens[k]?.text ?? '') : '')
  let k = mention.last
  const verb = word(k)
  if (!SAYING.has(verb)) return undefined
  k++
  // "told reporters she …": one lower-case listener after a verb of telling.
  if (TELLING.has(verb) && /^\p{Ll}+$/u.test(word(k)) && !SUBJECT_PRONOUNS.has(word(k)) && word(k) !== 'that')
    k++
  if (word(k) === 'that') k++
  return SUBJECT_PRONOUNS.get(word(k))
}

/**
 * Where an honorific's gender would pick a namesake the article names in full only after the short form ("Mr
 * Vale's father, Peter Vale"), the namesakes named before it whose gender nothing told ("Sam Vale … Mr Vale"): the
 * short form means someone already brought in. Undefined where a namesake of that gender was named before, or no
 * one of untold gender was.
 */
export function namedBeforeOfUntoldGender<T extends { first: number }>(
  pool: readonly T[],
  sameGender: readonly T[],
  genderOf: (candidate: T) => 'male' | 'female' | undefined,
  at: number,
): T[] | undefined {
  if (sameGender.some((candidate) => candidate.first < at)) return undefined
  const before = pool.filter((candidate) => candidate.first < at && genderOf(candidate) === undefined)
  return before.length > 0 ? before : undefined
}

/**
 * The one namesake named in full before a short form in the body, where the others are named only after it:
 * "Mr Vale's father, Sam … Sam Vale said" is about the one brought in before, whom the short form points back
 * to, however often the article names the later one. Undefined where none or several were named before.
 */
export function introducedBefore<T extends { first: number }>(pool: readonly T[], at: number): T | undefined {
  if (pool.length < 2) return undefined
  const before = pool.filter((candidate) => candidate.first < at)
  return before.length === 1 ? before[0] : undefined
}
