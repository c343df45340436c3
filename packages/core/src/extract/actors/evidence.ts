import { PLACE_QUALIFIERS } from '../../data/actors/places.ts'
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../../data/actors/roles.ts'
import { commonTagOf, isCommonWord } from './common-words.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { nameWords } from './name-forms.ts'
import type { ArticleRoles } from './roles.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isCapitalized } from './tagger/word-shape.ts'

// Words before a noun that make it a thing or an event, not a person: "the Joker", "this Christmas", "its Assembly";
// and prepositions of time, which take events, not people: "until Christmas", "during Ramadan".
const QUALIFIERS = new Set(PLACE_QUALIFIERS)
// Adverbs of degree, which take adjectives, not names: "very, very Draconian", "rather Orwellian" (not "so" or
// "too", which also join clauses: "and so Kerr resigned").
const INTENSIFIERS = new Set('very quite rather extremely fairly really deeply highly utterly'.split(' '))
// Words of a person's title ("General Jones", "Senior Judge Rees"), after which a name is a person's.
const ROLE_WORDS = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS])
// Honorifics that are never a name of their own ("Mr 2940", a nickname, is no person "Mr"); unlike "Lord" or
// "Baron", which are surnames too.
const BARE_HONORIFICS = new Set('mr mr. mrs mrs. ms ms. mx dr dr. prof prof.'.split(' '))
const DETERMINERS = new Set(
  'the a an this that these those last next every each its their our your his her my another during until till since throughout before after'.split(
    ' ',
  ),
)

/**
 * No invented people: an honorific alone ("Mr" of "known as Mr 2940") is none, nor the end of an office's name
 * ("Director of Public Prosecutions"); a one-word "person" that nobody in the article bears as a name, and that has no title or
 * honorific anywhere, is dropped when it is a common English word ("Woman", "Assembly"; a common word that is a
 * surname, as "Bush", needs a title, an honorific or the full name), when the document writes it in lower case
 * elsewhere ("hepatitis"), when it stands alone on a line or in quotes (a work's title), or when the text puts a
 * determiner before it where it is not a modifier. A longer "person" with a place's qualifier in its name
 * ("Blackpool North") is the place ("the Joker", "this Christmas", but not "the
 * Bush administration"). Changes `found.mentions` in place.
 */
export function dropInventedPersons(
  article: TaggedArticle,
  found: ArticleMentions,
  roles: ArticleRoles,
): void {
  const named = new Set<string>()
  const candidates = new Map<string, Mention[]>()
  const places = placeHeads(found.mentions)
  found.mentions = found.mentions.filter(
    (m) => m.kind !== 'person' || !(BARE_HONORIFICS.has(m.text.toLowerCase()) || isOfficeTail(article, m)),
  )
  for (const m of found.mentions) {
    if (m.kind !== 'person') continue
    const words = nameWords(m.text)
    if (words.length > 1 && isPlaceName(words, places) && !isTitled(article, roles, m)) m.kind = 'location'
    else if (words.length > 1) for (const w of words) named.add(w)
    else if (m.text === words[0]) {
      const list = candidates.get(m.text)
      if (list) list.push(m)
      else candidates.set(m.text, [m])
    }
  }
  if (candidates.size === 0) return
  const uses = wordUses(article, new Set(candidates.keys()))
  const invented = new Set<Mention>()
  for (const [word, mentions] of candidates) {
    if (named.has(word) || mentions.some((m) => m.speaks || isTitled(article, roles, m))) continue
    const use = uses.get(word) as WordUse
    const alone = mentions.every((m) => isWholeSentence(article, m))
    if (isCommonWord(word) || use.lowerCase || use.determined || alone)
      for (const m of mentions) invented.add(m)
  }
  if (invented.size > 0) found.mentions = found.mentions.filter((m) => !invented.has(m))
}

// Last words of streets and bridges, which are no surnames ("Bruckner Boulevard"; not "Park" nor "Lane").
const STREET_HEADS = new Set(
  'Avenue Boulevard Bridge Drive Expressway Highway Parkway Plaza Road Square Street'.split(' '),
)

/**
 * "Mid Bedfordshire", "North East Somerset": a qualifier first makes a place's name, as a street's last word
 * does ("Bruckner Boulevard"). Last, it may be a surname
 * ("Kanye West"), so "Blackpool North" needs the article to name its first words as a place too ("Blackpool
 * South").
 */
function isPlaceName(words: readonly string[], places: ReadonlySet<string>): boolean {
  if (QUALIFIERS.has(words[0] as string) || STREET_HEADS.has(words.at(-1) as string)) return true
  return QUALIFIERS.has(words.at(-1) as string) && places.has(words.slice(0, -1).join(' '))
}

/** What comes before a final qualifier in the article's names that are places or used twice ("Blackpool"). */
function placeHeads(mentions: readonly Mention[]): Set<string> {
  const seen = new Map<string, string>()
  const heads = new Set<string>()
  for (const m of mentions) {
    const words = m.text.split(' ')
    const last = words.at(-1) as string
    if (m.kind !== 'person') heads.add(m.text)
    if (words.length < 2 || !QUALIFIERS.has(last)) continue
    const head = words.slice(0, -1).join(' ')
    if (m.kind !== 'person' || (seen.has(head) && seen.get(head) !== last)) heads.add(head)
    seen.set(head, last)
  }
  return heads
}

/** A word that is a whole line or sentence by itself: a heading or a list item, no evidence of a person. */
function isWholeSentence(article: TaggedArticle, mention: Mention): boolean {
  const sentence = article.sentenceOf[mention.first] as number
  const { first, last } = article.sentences[sentence] as { first: number; last: number }
  let words = 0
  for (let k = first; k < last; k++) if (/\p{L}/u.test((article.tokens[k] as { text: string }).text)) words++
  return words === mention.last - mention.first
}

function isTitled(article: TaggedArticle, roles: ArticleRoles, mention: Mention): boolean {
  const title = roles.persons.get(mention)
  if (title?.role) return true
  const before = article.tokens[mention.first - 1]?.text.toLowerCase() ?? ''
  return HONORIFICS[before] !== undefined
}

/** How the document writes a word: ever in lower case, ever after a determiner that governs it. */
interface WordUse {
  lowerCase: boolean
  determined: boolean
}

function wordUses(article: TaggedArticle, words: ReadonlySet<string>): Map<string, WordUse> {
  const { tokens } = article
  const lowered = new Map<string, string>()
  for (const w of words) lowered.set(w.toLowerCase(), w)
  const uses = new Map<string, WordUse>()
  for (const w of words) uses.set(w, { lowerCase: false, determined: false })
  for (let i = 0; i < tokens.length; i++) {
    const text = (tokens[i] as { text: string }).text
    const word = words.has(text) ? text : lowered.get(text)
    if (word === undefined) continue
    const use = uses.get(word) as WordUse
    if (text !== word && !isCapitalized(text)) use.lowerCase = true
    const sentence = article.sentenceOf[i] as number
    const first = i === 0 || article.sentenceOf[i - 1] !== sentence
    if (!first && (isDetermined(article, i) || isQuotedTitle(article, i) || afterIntensifier(article, i)))
      use.determined = true
  }
  return uses
}

/** "the Joker", "a posthumous Oscar", "until Christmas": a determiner (adjectives between) governs the word. */
function isDetermined(article: TaggedArticle, i: number): boolean {
  if (beforeNoun(article, i)) return false
  for (let k = i - 1; k >= i - 3 && article.sentenceOf[k] === article.sentenceOf[i]; k--) {
    const word = article.tokens[k]?.text ?? ''
    if (DETERMINERS.has(word.toLowerCase())) return true
    if (!isAdjectiveLike(word)) return false
  }
  return false
}

function isAdjectiveLike(word: string): boolean {
  if (word === '' || word !== word.toLowerCase() || !/^\p{L}+$/u.test(word)) return false
  const tag = commonTagOf(word)
  return tag === 'J' || (tag === undefined && /(?:ous|ful|ive|al|ic|ed)$/.test(word))
}

/**
 * "the Director of Public Prosecutions", "Minister of Foreign Affairs": a one-word "person" in the plural after "of"
 * and a capitalized adjective is the end of an office's name, not a person ("Secretary of State Powell" is one).
 */
function isOfficeTail(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  if (m.last - m.first !== 1 || sentenceOf[m.first - 2] !== sentenceOf[m.first]) return false
  const before = tokens[m.first - 1]?.text ?? ''
  if (tokens[m.first - 2]?.text !== 'of' || !isCapitalized(before) || ROLE_WORDS.has(before.toLowerCase()))
    return false
  return commonTagOf(before) === 'J' && /\p{Ll}s$/u.test(m.text)
}

/** "very, very Draconian": an adverb of degree right before the word. */
function afterIntensifier(article: TaggedArticle, i: number): boolean {
  const before = article.tokens[i - 1]?.text ?? ''
  return article.sentenceOf[i - 1] === article.sentenceOf[i] && INTENSIFIERS.has(before)
}

/** A word quoted by itself ("Joker", "Parasite,") is the title of a work, not a person. */
function isQuotedTitle(article: TaggedArticle, i: number): boolean {
  const { tokens } = article
  if (tokens[i - 1]?.text !== '"') return false
  const next = tokens[i + 1]?.text
  return next === '"' || ((next === ',' || next === '.') && tokens[i + 2]?.text === '"')
}

/** Whether the word at `i` modifies a noun after it ("the Bush administration"), which a determiner then governs. */
function beforeNoun(article: TaggedArticle, i: number): boolean {
  const next = article.tokens[i + 1]?.text ?? ''
  if (next === "'s") return true
  const tag = next === next.toLowerCase() ? commonTagOf(next) : undefined
  return tag === 'N' || tag === 'J' || tag === 'VG'
}
