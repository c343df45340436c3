import {
  EVENT_NOUNS,
  INSTITUTION_HEADS,
  MEMBER_OF_BODY_TITLES,
  ORGANIZATION_NOUNS,
  WORK_NOUNS,
  WORK_TITLES,
} from '../../data/actors/apposed-nouns.ts'
import { ROLE_HEADS } from '../../data/actors/roles.ts'
import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// A work's title after a work's noun ("the drama Gold Coast Kid"), or one the tagger took the noun into. Each
// check takes the caller's test of a common given name, which opens a person's name rather than a title.

const plural = (w: string) => (w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`)
const withPlurals = (words: readonly string[]) => new Set(words.flatMap((w) => [w, plural(w)]))
const WORK_NOUN_SET = withPlurals(WORK_NOUNS)
const WORK_TITLE_SET = withPlurals(WORK_TITLES)
const BODY_TITLE_SET = withPlurals(MEMBER_OF_BODY_TITLES)
const ORGANIZATION_NOUN_SET = withPlurals(ORGANIZATION_NOUNS)
const INSTITUTION_HEAD_SET = new Set(INSTITUTION_HEADS)
const EVENT_NOUN_SET = new Set(EVENT_NOUNS)
const SPEECH_VERB_SET = new Set(SPEECH_VERBS)

/**
 * "the boxing drama Gold Coast Kid", "the movie The Long Tide", "Comedy Meet The Vellinghams", "Surf show Tidewatch": a
 * work's noun (capitalized only as its sentence's first word) before a name, with at most three words of the
 * title the tagger left out between them, makes the name the work's title, unless the title opens with a common
 * given name ("In the film Tom Vale plays").
 */
export function titledWork(
  article: TaggedArticle,
  m: Mention,
  isPersonName: (word: string) => boolean,
): boolean {
  const { tokens, sentenceOf } = article
  const start = article.sentences[sentenceOf[m.first] ?? -1]?.first ?? m.first
  // "Meet The Vellinghams", "Big Tarrowby": capitalized words of the title before the name the tagger found, and
  // the small words between them it cut the title at ("the show Passport to Tarrowby").
  // A small word counts only after a capitalized word or another small word ("Son of the Tarrows").
  const titleWord = (i: number): boolean =>
    /^[\p{Lu}\p{N}]/u.test(tokens[i]?.text ?? '') ||
    (TITLE_JOINS.has(tokens[i]?.text ?? '') &&
      i - 1 > start &&
      (/^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') || TITLE_JOINS.has(tokens[i - 1]?.text ?? '')))
  let k = m.first - 1
  while (k > start && k >= m.first - 3 && titleWord(k)) {
    // A role's or a body's noun is no title's word ("Drama School Principal Ann Vale", "Movie Star Ann Vale").
    if (TITLE_WALK_STOPS.has((tokens[k]?.text ?? '').toLowerCase())) return false
    k--
  }
  if (k < start) return false
  const opening = tokens[k + 1]?.text === 'The' ? (tokens[k + 2]?.text ?? '') : (tokens[k + 1]?.text ?? '')
  const written = tokens[k]?.text ?? ''
  // A title's noun opening its sentence is capitalized ("Comedy Big Tarrowby slipped to fourth").
  const before = k === start ? written.toLowerCase() : written
  if (!WORK_NOUN_SET.has(before) && !SHOW_NOUNS.has(before)) return false
  const own = m.text.split(' ')[0] as string
  return (
    !isPersonName(opening.split(' ')[0] as string) &&
    !isPersonName(own) &&
    !teamAfterEvent(article, m, before)
  )
}

// Small words a title's capitalized words may enclose, which the tagger cuts a name at: "Passport to Tarrowby" (not
// "and", which joins a list as often: "the show Velmar Nights and Channel 4's Harbour Lane"; nor "in", "on", "for",
// which more often open a place, a channel or a backer after the title: "the musical Velmar in Tarrowby").
const TITLE_JOINS = new Set('to the of a'.split(' '))

// Nouns of roles and bodies that end a walk back over a title's capitalized words.
const TITLE_WALK_STOPS = new Set([
  ...ROLE_HEADS.map((word) => word.toLowerCase()),
  ...WORK_TITLE_SET,
  ...BODY_TITLE_SET,
  ...ORGANIZATION_NOUN_SET,
  ...INSTITUTION_HEADS.map((word) => word.toLowerCase()),
])

/**
 * "Comedy Meet The Vellinghams held on", "Drama The Orlin Brothers took $9m": the tagger took a work's noun that
 * opens the sentence into the title of three words or more after it; no given name opens the title, and the
 * name does not speak.
 */
export function openedByWorkNoun(
  article: TaggedArticle,
  m: Mention,
  isPersonName: (word: string) => boolean,
): boolean {
  const words = m.text.split(' ')
  const noun = (words[0] as string).toLowerCase()
  if (words.length < 3 || article.sentences[article.sentenceOf[m.first] ?? -1]?.first !== m.first)
    return false
  const opening = words[1] === 'The' ? (words[2] as string) : (words[1] as string)
  // A body so named speaks ("Film Four Ventures said"); a title does not.
  const speaks = m.speaks || SPEECH_VERB_SET.has(article.tokens[m.last]?.text ?? '')
  // A body's head word ends the name: "Drama Queen Productions", "Album Sales Company Ltd".
  if (words.some((word) => BODY_SUFFIXES.has(word) || INSTITUTION_HEAD_SET.has(word))) return false
  return (WORK_NOUN_SET.has(noun) || SHOW_NOUNS.has(noun)) && !isPersonName(opening) && !speaks
}

// Words that close a company's or body's name, which no title carries.
const BODY_SUFFIXES = new Set([
  ...['Productions', 'Pictures', 'Films', 'Records', 'Entertainment', 'Media', 'Group', 'Holdings'],
  ...['Company', 'Co', 'Ltd', 'Limited', 'Plc', 'plc', 'Inc', 'Corp', 'Corporation', 'LLC'],
])

// "Surf show Tidewatch", "the show Quiet Lanes": a show's noun before a name, which only titles follow (it is no
// work's noun elsewhere: "shows such as" lists fairs as often as programmes).
const SHOW_NOUNS = new Set(['show', 'shows'])

/** "After the game Dunmore Rovers manager Al Pike said": an event's noun, then a name a member of its side follows. */
export function teamAfterEvent(article: TaggedArticle, m: Mention, before: string): boolean {
  if (!EVENT_NOUN_SET.has(before.toLowerCase())) return false
  const next = article.tokens[m.last]
  return (
    next !== undefined &&
    article.sentenceOf[m.last] === article.sentenceOf[m.first] &&
    BODY_TITLE_SET.has(next.text)
  )
}
