import type { Token } from '../../parse/document.ts'
import { givenNameGender } from '../given-names.ts'
import { commonTagOf } from './common-words.ts'
import type { TaggedArticle } from './tag-article.ts'
import { wordPlacesOf } from './word-places.ts'

/** Lower-case words that do open names: "de Villepin", "van Gogh", "dal Maso", "al-Sadr", "bin Salman". */
export const PARTICLES: ReadonlySet<string> = new Set(
  'al bin ibn ben abu da dal de del della den der des di do dos du el la le ter van von y'.split(' '),
)
// Parts of speech of a first word that is no name's (determiners, adverbs, verbs, prepositions, conjunctions,
// wh-words: "All", "Neither", "Meanwhile", "Putting"). Nouns and adjectives open names ("General Motors"), and
// modals and pronouns are given names too ("Will Smith").
const OPENER_TAGS = new Set(['C', 'D', 'I', 'R', 'TO', 'V', 'VD', 'VG', 'VN', 'W'])

/**
 * How many words at the start of a name the tagger found, tokens [first, last), belong to the sentence rather
 * than the name: lower-case words that are no particle ("western North Carolina", "iconic Tarrow"), and a
 * capitalized first word of a sentence that is a determiner, adverb or verb ("Putting Ostland", "All Vale
 * Motors") when the article writes the rest without it elsewhere. A person's name keeps its first word ("Will"),
 * but for a common noun before a given name and a surname ("Boss Ann Vale").
 * @example looseOpeners(tagArticle(parseArticle('Tarrow is near. Putting Tarrow first pays.')), 4, 6, 'ORG') // 1
 */
export function looseOpeners(article: TaggedArticle, first: number, last: number, type: string): number {
  const { tokens } = article
  let k = first
  while (k < last - 1 && isLooseLowerCase((tokens[k] as Token).text)) k++
  if (k === first && type === 'PER') return isPersonRole(article, first, last) ? 1 : 0
  if (k > first || last - first < 2) return k - first
  const opener = (tokens[first] as Token).text
  const tag = commonTagOf(opener)
  // "The Hague", "The Netherlands": "The" stays, as elsewhere, for stripThe to judge.
  if (opener === 'The' || !opensSentence(article, first) || tag === undefined || !OPENER_TAGS.has(tag))
    return 0
  const next = (tokens[first + 1] as Token).text
  return /^\p{Lu}/u.test(next) && writtenWithout(article, first) ? 1 : 0
}

/** Whether a token opens a sentence or a quote: only punctuation before it, or a quotation mark or colon. */
export function opensSentence(article: TaggedArticle, token: number): boolean {
  let k = token - 1
  for (; k >= 0 && article.sentenceOf[k] === article.sentenceOf[token]; k--) {
    const word = (article.tokens[k] as Token).text
    if (/^["“‘':]$/.test(word)) return true
    if (/[\p{L}\p{N}]/u.test(word)) return false
  }
  return true
}

/**
 * "Boss Ann Vale", "Farmer Tom Reed": a common noun (no given name) before a given name and a surname is the
 * person's calling, written with a capital where it opens a sentence.
 */
function isPersonRole(article: TaggedArticle, first: number, last: number): boolean {
  if (last - first < 3) return false
  const opener = (article.tokens[first] as Token).text
  const given = (article.tokens[first + 1] as Token).text
  return (
    /^\p{Lu}\p{Ll}+$/u.test(opener) &&
    commonTagOf(opener) === 'N' &&
    givenNameGender(opener) === undefined &&
    givenNameGender(given) !== undefined
  )
}

function isLooseLowerCase(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !PARTICLES.has(word)
}

// What `writtenWithout` found for each opener and word, per article.
const answersOf = new WeakMap<TaggedArticle, Map<string, boolean>>()

/**
 * Whether the word after `opener` is written elsewhere in the article without the opener before it, and never
 * with it inside a sentence ("include Stop Vale Expansion" makes "Stop" part of that name). Each opener and word
 * is judged once per article, over that word's places only, so that the stage stays linear in the text.
 */
function writtenWithout(article: TaggedArticle, opener: number): boolean {
  const { tokens } = article
  const openerWord = (tokens[opener] as Token).text
  const word = (tokens[opener + 1] as Token).text
  const { first, next } = wordPlacesOf(article)
  let answers = answersOf.get(article)
  if (!answers) {
    answers = new Map()
    answersOf.set(article, answers)
  }
  const key = `${openerWord} ${word}`
  const known = answers.get(key)
  if (known !== undefined) return known
  let without = false
  let answer: boolean | undefined
  for (let i = first.get(word) ?? -1; i >= 0; i = next[i] as number) {
    if (tokens[i - 1]?.text !== openerWord) without = true
    else if (i !== opener + 1 && !opensSentence(article, i - 1)) {
      answer = false
      break
    }
  }
  answer ??= without
  answers.set(key, answer)
  return answer
}
