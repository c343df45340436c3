import {
  ADJECTIVE_PARTY_FORMS,
  GOVERNMENT_SEATS,
  GOVERNMENT_VERB_GAP,
  GOVERNMENT_VERBS,
  PARTIES,
} from '../../data/actors/institutions.ts'
import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'
import { ROLE_HEAD_SET, ROLE_HEADS, ROLE_MODIFIERS } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import { isCommonWord } from './common-words.ts'
import { COUNTRIES, type Country, findCountryOfCapital } from './countries.ts'
import { isFunctionWord } from './function-words.ts'
import type { Mention } from './mentions.ts'
import { looksLikePersonName } from './name-forms.ts'
import { looseOpeners, opensSentence } from './name-openers.ts'
import { buildPhraseLexicon, matchPhrase } from './phrases.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { ENTITY_TYPES, isInside, typeOfTag } from './tagger/tags.ts'
import { isCapitalized } from './tagger/word-shape.ts'

type Institution = { party: string } | { seat: Country }

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]))
const LEXICON = buildPhraseLexicon<Institution>([
  ...PARTIES.flatMap((p) => p.forms.map((form) => [form, { party: p.name }] as const)),
  ...Object.entries(GOVERNMENT_SEATS).flatMap(([code, seats]) =>
    seats.map((seat) => [seat, { seat: BY_CODE.get(code) as Country }] as const),
  ),
])
const ADJECTIVES = new Set(ADJECTIVE_PARTY_FORMS)
const ARTICLES = new Set(['The', 'the', 'A', 'a', 'An', 'an'])
// Words that say when a title was held, which the tagger may take into a name ("Former Downing Street").
const TIME_MODIFIERS = new Set(['former', 'ex', 'then', 'late', 'acting', 'interim', 'outgoing'])
const MODIFIERS_AND_HEADS = new Set([...ROLE_MODIFIERS, ...ROLE_HEADS])
const ORGANIZATION_HEAD_SET = new Set(ORGANIZATION_HEADS)
const VERBS = new Set(GOVERNMENT_VERBS)
const GAP = new Set(GOVERNMENT_VERB_GAP)
const PREPOSITIONS = new Set([
  'in',
  'from',
  'to',
  'at',
  'near',
  'outside',
  'around',
  'of',
  'via',
  'over',
  'for',
])

/**
 * Parties under every form of their name ("the Tories", "Tory", "Lib Dems": one actor each, an organization
 * with a canonical name) and the seats of government that stand for a country ("Downing Street", "the
 * Kremlin": mentions of the country). An adjective form ("Conservative", "Republican") counts only where it
 * cannot be the plain adjective: not first in a sentence unless a title follows, never before a longer name.
 * @example matchInstitutions(tagArticle(parseArticle('Downing Street said the Tories were wrong.'))).map((m) => m.kind)
 * // ['country', 'organization']
 */
export function matchInstitutions(article: TaggedArticle): Mention[] {
  const { tokens } = article
  const found: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhrase(LEXICON, tokens, i)
    if (!match) continue
    const { value } = match
    // "Scottish Labour Party": a form followed by "Party" is the party's full name.
    const last = 'party' in value && tokens[match.last]?.text === 'Party' ? match.last + 1 : match.last
    if ('party' in value && last - i === 1 && !isPartyUse(article, i)) continue
    if (
      (insideLongerName(article, i) && !afterSentenceOpener(article, i, last)) ||
      beforeLongerName(article, last)
    )
      continue
    if ('party' in value && beforeNameNoun(article, last)) continue
    const start = (tokens[i] as { start: number }).start
    const end = (tokens[last - 1] as { end: number }).end
    const base = { first: i, last, start, end, text: nameAt(article, start, end) }
    found.push(
      'party' in value
        ? { ...base, kind: 'organization', canonical: value.party }
        : { ...base, kind: 'country', country: value.seat, canonical: value.seat.name },
    )
    i = last - 1
  }
  return found
}

/**
 * "Kurdistan Democratic Party", "Social Democratic Party": a party form inside a longer name the tagger found,
 * unless it starts with a word of time ("Former Downing Street" is still Downing Street) or a function word.
 */
function insideLongerName(article: TaggedArticle, i: number): boolean {
  const tag = article.tags[i] as number
  if (!isInside(tag) || article.sentenceOf[i - 1] !== article.sentenceOf[i]) return false
  // "one Commons Tory rebellion": a person's name that the tagger ends with the party before a noun is none.
  const next = article.tokens[i + 1]?.text ?? ''
  if (
    ENTITY_TYPES[typeOfTag(tag) - 1] === 'PER' &&
    !isInside(article.tags[i + 1] ?? 0) &&
    /^\p{Ll}/u.test(next)
  )
    return false
  let k = i - 1
  while (k > 0 && isInside(article.tags[k] as number) && article.sentenceOf[k - 1] === article.sentenceOf[i])
    k--
  // Nor when it starts with a function word the tagger took in ("If Labour wins", "Under New Labour"), or with
  // other words of the sentence ("Both Labour and", "Like New Labour": see name-openers.ts).
  const opening = (article.tokens[k] as { text: string }).text
  if (TIME_MODIFIERS.has(opening.toLowerCase()) || isFunctionWord(opening)) return false
  // Nor when all it adds is an article ("The Lib Dem leader said": the party, not an actor "The Lib Dem").
  if (k === i - 1 && ARTICLES.has(opening)) return false
  let end = i + 1
  while (end < article.tags.length && isInside(article.tags[end] as number)) end++
  return looseOpeners(article, k, end, ENTITY_TYPES[typeOfTag(tag) - 1] as string) < i - k
}

/**
 * "Veteran Labour MP Tom Vale", "Senior Labour backbencher", "Meanwhile Labour MPs": a capitalized common word
 * opening the sentence, right before a party's form that a title follows, is the sentence's, not the party's.
 */
function afterSentenceOpener(article: TaggedArticle, i: number, last: number): boolean {
  const opener = article.tokens[i - 1]?.text ?? ''
  return (
    !isInside(article.tags[i - 1] ?? 0) &&
    opensSentence(article, i - 1) &&
    isCommonWord(opener) &&
    givenNameGender(opener) === undefined &&
    isTitleWord(article.tokens[last]?.text ?? '')
  )
}

/**
 * "Labour Department", "Conservative Party Conference": the tagger's name goes on after the form with words
 * that are no person's name. ("Liberal Democrat Charles Kennedy" is the party, then its leader.)
 */
function beforeLongerName(article: TaggedArticle, last: number): boolean {
  if (!isInside(article.tags[last] ?? 0)) return false
  let end = last
  while (end < article.tags.length && isInside(article.tags[end] as number)) end++
  // "Tory MP", "Labour leader Neil Kinnock": a title after the party is no longer name either.
  let name = last
  while (name < end && isTitleWord((article.tokens[name] as { text: string }).text)) name++
  return name < end && !looksLikePersonName(article, name, end)
}

/** A word of a title, singular or plural ("MP", "MPs", "leader"). */
function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase()
  return (
    MODIFIERS_AND_HEADS.has(lower) || (lower.endsWith('s') && MODIFIERS_AND_HEADS.has(lower.slice(0, -1)))
  )
}

/** "Labour Department", "Labour Friends of Israel": a capitalized common noun after the party makes another name. */
function beforeNameNoun(article: TaggedArticle, last: number): boolean {
  const next = article.tokens[last]?.text ?? ''
  if (article.sentenceOf[last] !== article.sentenceOf[last - 1] || !isCapitalized(next)) return false
  const lower = next.toLowerCase()
  return ORGANIZATION_HEAD_SET.has(lower) || (isCommonWord(next) && !MODIFIERS_AND_HEADS.has(lower))
}

/** Whether a one-word party form at `i` is the party, not a plain adjective or part of a longer name. */
function isPartyUse(article: TaggedArticle, i: number): boolean {
  const word = (article.tokens[i] as { text: string }).text
  if (!ADJECTIVES.has(word)) return true
  const next = article.tokens[i + 1]?.text ?? ''
  const sameSentence = article.sentenceOf[i + 1] === article.sentenceOf[i]
  const titleNext = sameSentence && ROLE_HEAD_SET.has(next.toLowerCase())
  if (titleNext) return true
  // "Democratic Republic of Congo", "Republican National Committee": part of a longer name.
  if (sameSentence && isCapitalized(next)) return false
  const sentenceStart = i === 0 || article.sentenceOf[i - 1] !== article.sentenceOf[i]
  return !sentenceStart
}

/**
 * A capital that acts or speaks is its government: "Beijing said", "Moscow has warned", "Washington insists"
 * make the place a mention of the country (a new mention when the tagger left the word out), unless the
 * capital follows a preposition ("officials in Moscow said"). Changes and adds to the mentions in place.
 */
export function markGovernmentCapitals(article: TaggedArticle, mentions: Mention[]): void {
  const { tokens } = article
  const byFirst = new Map(mentions.map((m) => [m.first, m]))
  const covered = new Uint8Array(tokens.length)
  for (const m of mentions) covered.fill(1, m.first, m.last)
  let added = false
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as { text: string }).text
    if (!isCapitalized(word)) continue
    const country = findCountryOfCapital(word)
    if (!country || !actsAsGovernment(article, i)) continue
    const mention = byFirst.get(i)
    // "Washington insists" tagged as a person is the government too, unless the article names someone so.
    const asPerson = mention?.kind === 'person' && !bearsName(mentions, word)
    if ((mention?.kind === 'location' || asPerson) && mention?.last === i + 1) {
      mention.kind = 'country'
      mention.country = country
    } else if (!mention && covered[i] === 0) {
      const { start, end } = tokens[i] as { start: number; end: number }
      mentions.push({ first: i, last: i + 1, start, end, text: word, kind: 'country', country })
      added = true
    }
  }
  if (added) mentions.sort((a, b) => a.first - b.first)
}

/** Whether a longer person's name of the article holds a word ("Denzel Washington"). */
function bearsName(mentions: readonly Mention[], word: string): boolean {
  return mentions.some((m) => m.kind === 'person' && m.last - m.first > 1 && m.text.split(' ').includes(word))
}

// What a government has and a city does not, after a capital's possessive: "Beijing's decision", "Rome's loan".
const GOVERNMENT_ACTS = new Set(
  'approval backing ban claim claims decision decisions demand demands envoy insistence intervention loan move objection objections offer policy position proposal provision refusal rejection response sanctions stance support threat threats'.split(
    ' ',
  ),
)

/**
 * Whether the word at `i` is the subject of a government's verb, "Moscow (has) warned", not "in Moscow said", or
 * owns a government's act, "Beijing's decision", "Rome's provision of a loan", not "Rome's streets".
 */
function actsAsGovernment(article: TaggedArticle, i: number): boolean {
  const { tokens } = article
  // A preposition before the possessive governs the act ("look at Rome's provision"), not the capital.
  const possessive = tokens[i + 1]?.text
  if (possessive === "'s" || possessive === '’s') {
    const owned = tokens[i + 2]?.text ?? ''
    return GOVERNMENT_ACTS.has(owned) && article.sentenceOf[i + 2] === article.sentenceOf[i]
  }
  const before = tokens[i - 1]?.text.toLowerCase() ?? ''
  if (PREPOSITIONS.has(before) || before === 'the') return false
  let k = i + 1
  while (k < i + 4 && GAP.has(tokens[k]?.text.toLowerCase() ?? '')) k++
  return VERBS.has(tokens[k]?.text.toLowerCase() ?? '') && article.sentenceOf[k] === article.sentenceOf[i]
}
