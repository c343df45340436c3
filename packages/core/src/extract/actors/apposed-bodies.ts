import type { ArticleMentions } from './mentions.ts'
import { nameWords } from './name-forms.ts'
import type { TaggedArticle } from './tag-article.ts'

// Nouns that only a body is, never a person ("a property developer", "a film-maker" and "a broadcaster" can be
// people): "Pellcom, the Finnish handset firm", "Orlin, a subsidiary of …".
const BODY_NOUNS = new Set(
  'company companies firm subsidiary bank retailer chain label charity consultancy agency website carrier airline insurer watchdog regulator manufacturer conglomerate supermarket lender utility startup start-up multinational'.split(
    ' ',
  ),
)
const OPENERS = new Set(['a', 'an', 'the'])
// What may follow the noun for it to close the apposition: punctuation, or a word that opens what the body does.
const CLOSERS = new Set(
  'of in that which whose based with for and has had is was said says owned run'.split(' '),
)
// Words that may stand between the determiner and the noun: lower-case modifiers ("mobile-data backup") or
// capitalized ones ("Finnish handset", "UK food") but no function word.
const FUNCTION_WORDS = new Set(
  'of in on at to for with by from and or but that which who whose as is was its his her their'.split(' '),
)

/**
 * A lone name that the article sets beside a body's noun after a comma ("Orlin, a subsidiary of Vell",
 * "Pellcom, the Finnish handset firm, said") is an organization in every mention, even where it speaks ("Orlin
 * said"), unless the article gives that word to a person's full name. Changes `found.mentions` in place.
 * @example // "Orlin, the Finnish handset firm, said sales rose. Orlin said …" → organization "Orlin"
 */
export function settleApposedBodies(article: TaggedArticle, found: ArticleMentions): void {
  const bodies = new Set<string>()
  // Every lone capitalized word: the tagger may have left out the one beside the noun ("Tamsic, a backup firm").
  const { tokens, sentenceOf } = article
  for (let i = 0; i < tokens.length; i++) {
    // The comma after the word first: it rules out most tokens before any pattern is run.
    if (tokens[i + 1]?.text !== ',' || !isApposedBody(article, i)) continue
    const word = tokens[i]?.text ?? ''
    const lone = i === 0 || sentenceOf[i - 1] !== sentenceOf[i] || !/^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')
    if (lone && /^\p{Lu}[\p{L}'’-]*$/u.test(word)) bodies.add(word)
  }
  if (bodies.size === 0) return
  for (const m of found.mentions) if (m.country || m.canonical) bodies.delete(m.text)
  for (const m of found.mentions)
    if (m.kind === 'person' && m.last - m.first > 1) for (const w of nameWords(m.text)) bodies.delete(w)
  for (const m of found.mentions) {
    if (!bodies.has(m.text) || m.kind === 'organization' || m.kind === 'group') continue
    m.kind = 'organization'
    delete m.speaks
  }
}

/** Whether ", a/an/the [modifiers] NOUN" follows the name in its sentence, the noun closing the phrase. */
function isApposedBody(article: TaggedArticle, i: number): boolean {
  const { tokens, sentenceOf } = article
  const text = (k: number) => (sentenceOf[k] === sentenceOf[i] ? (tokens[k]?.text ?? '') : '')
  if (text(i + 1) !== ',' || !OPENERS.has(text(i + 2).toLowerCase())) return false
  for (let k = i + 3; k < i + 9; k++) {
    const word = text(k)
    if (word === '' || FUNCTION_WORDS.has(word.toLowerCase()) || !/^[\p{L}-]+$/u.test(word)) return false
    if (!BODY_NOUNS.has(word)) continue
    const next = text(k + 1)
    return next === '' || /^[,.;:)—–-]/u.test(next) || CLOSERS.has(next)
  }
  return false
}
