import { EVENT_NOUNS, WORK_NOUNS } from '../../data/actors/apposed-nouns.ts'
import { ROLE_HEAD_SET } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import { guessPos } from '../statements/pos.ts'
import type { Mention } from './mentions.ts'
import { isMastheadWord } from './newspapers.ts'
import type { TaggedArticle } from './tag-article.ts'

// Words before a name that make "X by Y" a place, a bearer or a passive's object, no work: "replaced at Chelsea by",
// "presented to the Senate by".
const NOT_WORK_OPENERS = new Set(
  'the a an at to in into on onto from of for with by about over under against near across through via'.split(
    ' ',
  ),
)
const POSSESSIVE = new Set(["'s", '’s'])
const SAYING = new Set(['said', 'says', 'say', 'reported', 'reports'])
// A list's or a copula's opener may precede a title though it is a verb: "winners include Velvet Hours by Ann Vale".
const LIST_OPENERS = new Set(
  'include includes included including is are was were be been being , : ; as like'.split(' '),
)
// Words after a work's title, which no place, person or body is followed by: "Tallow Creek, starring Ann Pell".
const STARRING = new Set(['starring', 'co-starring'])
const WORK_NOUN_ONLY = new Set(WORK_NOUNS.filter((w) => !EVENT_NOUNS.includes(w) && w !== 'series'))
const PLACE_PREPOSITIONS = new Set(
  'in at from near across around outside inside to into throughout'.split(' '),
)
const VERB_TAGS = new Set(['V', 'VD', 'VN', 'VG'])

/**
 * Whether the words around a name make it a work's title: "starring" after it ("Tallow Creek, starring Ann Pell",
 * whatever its kind, not after a place's preposition), a work's noun right before it ("the thriller Vexmoor",
 * not a contest's: "the game Tarrow won"), a maker right after it ("The Pillow Room by Ann Vale",
 * "Velvet Hours by the Orlin Quartet"), or a maker's possessive right before a title that "The" opens ("Ann Vale's
 * The Pillow Room"). Not after a preposition, a determiner or a title ("replaced at Vexco by Tom Vale", "the coach
 * Tom Pell by the IAAF"), before a maker's possessive ("the firm Vexco by Orlin's team"), nor for a place,
 * a name that speaks or a newspaper's masthead ("Ann Vale's The Orlin Times").
 * `byFirst` holds the article's names by their first token.
 * @example // "Previous winners include Velvet Hours by Ann Vale." → "Velvet Hours" is a work
 */
export function isCuedWork(
  article: TaggedArticle,
  m: Mention,
  byFirst: ReadonlyMap<number, Mention>,
): boolean {
  if (m.country !== undefined || m.canonical !== undefined) return false
  const { tokens, sentenceOf } = article
  const inSentence = (k: number) => sentenceOf[k] === sentenceOf[m.first]
  const next = tokens[m.last]?.text ?? ''
  // "Tallow Creek, starring Ann Pell, …": only a film or a show stars someone, whatever kind the tagger guessed.
  const after = next === ',' && inSentence(m.last + 1) ? (tokens[m.last + 1]?.text ?? '') : next
  const opener = m.first > 0 && inSentence(m.first - 1) ? (tokens[m.first - 1]?.text.toLowerCase() ?? '') : ''
  // "shot in Velmar, starring Ann Pell": the place the film was shot in.
  if (STARRING.has(after.toLowerCase()) && !m.speaks && !PLACE_PREPOSITIONS.has(opener)) return true
  if (m.kind === 'location') return false
  // A work does not speak: "Ann Vale's The Orlin Herald said" is a newspaper.
  if (m.speaks || SAYING.has(next)) return false
  // "the spy thriller Vexmoor": a work's noun right before the name, which the tagger took for a body's or an
  // unnamed person's (a noun that also names a contest may name a side: "in the game Tarrow dominated").
  if (WORK_NOUN_ONLY.has(opener) && !isNamedPerson(m)) return true
  if (next === 'by' && inSentence(m.last + 1)) {
    const before =
      m.first > 0 && inSentence(m.first - 1) ? (tokens[m.first - 1]?.text.toLowerCase() ?? '') : ''
    // "by the Orlin Quartet": the maker's name may follow "the".
    const at = tokens[m.last + 1]?.text === 'the' ? m.last + 2 : m.last + 1
    const maker = byFirst.get(at)
    // "sent to the firm Vexco by Orlin's team", "the coach Tom Pell by the IAAF": a passive's object.
    const whole = maker !== undefined && !POSSESSIVE.has(tokens[maker.last]?.text ?? '')
    const made = maker?.kind === 'person' || maker?.kind === 'organization'
    const opened =
      NOT_WORK_OPENERS.has(before) || ROLE_HEAD_SET.has(before) || isVerbBefore(article, m.first, before)
    if (!opened && whole && made && !isNamedPerson(m)) return true
  }
  if (!m.text.startsWith('The ') || m.first < 2 || !inSentence(m.first - 2)) return false
  if (isMastheadWord(m.text.slice(m.text.lastIndexOf(' ') + 1))) return false
  return POSSESSIVE.has(tokens[m.first - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[m.first - 2]?.text ?? '')
}

/**
 * Whether the word before a name is a verb the name is the object of ("to acquire Vexco by Orlin Holdings"), so
 * "by" names the verb's agent, not a maker: the tagger's part-of-speech guess, or any word an infinitive's "to"
 * opens ("to ban"), the guess taking many such verbs for nouns. A list's or a copula's opener is no such verb.
 */
function isVerbBefore(article: TaggedArticle, first: number, before: string): boolean {
  if (before === '' || LIST_OPENERS.has(before)) return false
  const { tokens, sentenceOf } = article
  const word = tokens[first - 1]?.text ?? ''
  const start = first - 1 === 0 || sentenceOf[first - 2] !== sentenceOf[first - 1]
  if (VERB_TAGS.has(guessPos(word, before, start))) return true
  return first > 1 && !start && tokens[first - 2]?.text.toLowerCase() === 'to'
}

/** A person the tagger found whose name a given name opens: "Tom Pell", no work's title. */
function isNamedPerson(m: Mention): boolean {
  return (
    m.kind === 'person' &&
    m.last - m.first > 1 &&
    givenNameGender(m.text.split(' ')[0] as string) !== undefined
  )
}
