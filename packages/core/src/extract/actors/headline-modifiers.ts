import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import type { Mention } from './mentions.ts'
import { PARTICLES } from './name-openers.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { isWholeAt } from './title-lines.ts'

const TITLE_WORDS = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS, ...Object.keys(HONORIFICS)])

/**
 * "Faultless Vale wins again", "Veteran Tarrow quits": a headline puts a word before a surname that the tagger
 * reads as a given name. In the headline of a titled article, a person's name of two words whose first is no
 * given name, title, honorific or particle is the surname alone when the text names a person in full with that surname
 * and another first word, never writes the two words again and never writes the first word inside a sentence (a given name the text uses, "Dhani
 * Harrison" beside "George Harrison", comes back; "Faultless" does not).
 * @example // "Faultless Vale wins\n\nRoger Vale won. Vale said …" → "Vale" in the headline, Roger Vale's
 */
export function dropHeadlineModifiers(article: TaggedArticle, mentions: Mention[]): Mention[] {
  if (!article.titled) return mentions
  let out: Mention[] | undefined
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention
    if (m.kind !== 'person' || m.last - m.first !== 2 || article.sentenceOf[m.first] !== 0) continue
    if (!isModifier(article, m, mentions)) continue
    const first = m.first + 1
    const start = (article.tokens[first] as { start: number }).start
    out ??= [...mentions]
    out[i] = { first, last: m.last, start, end: m.end, text: nameAt(article, start, m.end), kind: 'person' }
  }
  return out ?? mentions
}

/** Whether the first word of a two-word name in the headline is a word put before the surname of a named person. */
function isModifier(article: TaggedArticle, m: Mention, mentions: readonly Mention[]): boolean {
  const { tokens } = article
  const word = (tokens[m.first] as { text: string }).text
  const surname = (tokens[m.first + 1] as { text: string }).text
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || !/^\p{Lu}/u.test(surname)) return false
  // "Dal Vasco in squad": a particle opens the surname.
  const lower = word.toLowerCase()
  if (givenNameGender(word) !== undefined || TITLE_WORDS.has(lower) || PARTICLES.has(lower)) return false
  const namedInFull = mentions.some(
    (other) =>
      other.kind === 'person' &&
      article.sentenceOf[other.first] !== 0 &&
      other.last - other.first >= 2 &&
      (tokens[other.last - 1] as { text: string }).text === surname &&
      // "Francois Vale" beside "François Vale": the same given name.
      plain((tokens[other.first] as { text: string }).text) !== plain(word),
  )
  return namedInFull && !writtenInsideSentence(article, word) && !writtenAgain(article, m)
}

/** A word without its diacritics: "François" → "Francois". */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '')
}

/** Whether the text writes the mention's name again, as whole words, outside its first sentence. */
function writtenAgain(article: TaggedArticle, m: Mention): boolean {
  const { view, sentences } = article
  const headlineEnd = sentences[0] === undefined ? 0 : (article.tokens[sentences[0].last - 1]?.end ?? 0)
  for (let at = view.indexOf(m.text, headlineEnd); at >= 0; at = view.indexOf(m.text, at + 1))
    if (isWholeAt(view, at, at + m.text.length)) return true
  return false
}

/** Whether the text writes `word`, as written, outside its first sentence other than at the start of a sentence. */
function writtenInsideSentence(article: TaggedArticle, word: string): boolean {
  const { tokens, sentenceOf } = article
  for (let k = 1; k < tokens.length; k++) {
    if ((tokens[k] as { text: string }).text !== word || sentenceOf[k] === 0) continue
    if (sentenceOf[k - 1] !== sentenceOf[k]) continue
    const before = (tokens[k - 1] as { text: string }).text
    if (!/^["“‘':(]$/u.test(before)) return true
  }
  return false
}
