import { GROUP_WORDS } from '../../data/actors/groups.ts'
import { GOVERNMENT_VERB_GAP } from '../../data/actors/institutions.ts'
import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { REGIONS } from '../../data/actors/places.ts'
import { HONORIFICS, ROLE_HEADS } from '../../data/actors/roles.ts'
import seen from '../../data/actors/seen-names.json' with { type: 'json' }
import { INVERTING_SPEECH_VERBS, SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import { isCommonWord } from './common-words.ts'
import { findCountry, findCountryOfCapital, findCountryOfDemonym } from './countries.ts'
import { isFunctionWord } from './function-words.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'
import { wordPlacesOf } from './word-places.ts'

const VERBS = new Set(SPEECH_VERBS)
const INVERTING = new Set(INVERTING_SPEECH_VERBS)
const GAP = new Set(GOVERNMENT_VERB_GAP.filter((word) => !word.includes(' ')))
const KNOWN = new Set([...ORGANIZATION_NAMES, ...REGIONS])
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
// Quantities speak for many: "Most said …", "Twenty-seven told …".
const QUANTITIES = (
  'all both each many most much several some few others none one two three four five six seven eight nine ten ' +
  'eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundreds thousands dozens millions'
).split(' ')
const NOT_PERSONS = new Set([
  ...GROUP_WORDS,
  ...ROLE_HEADS,
  ...Object.keys(HONORIFICS),
  ...WEEKDAYS,
  ...QUANTITIES,
])
// A second capital before any apostrophe or hyphen: an acronym or a brand ("FactWatch"), unless INNER_CAPITAL.
export const CAPITALS_INSIDE = /^\p{Lu}[^'’-]*\p{Lu}/u
// A capital inside a surname follows one of these ("McCain", "DeSantis", "LaHood"); elsewhere it makes a brand
// ("PolitiFact").
export const INNER_CAPITAL = /^(?:Mc|Mac|De|Di|Da|La|Le|Du|Van|Von|Fitz)\p{Lu}\p{Ll}+$/u
// What may stand before a speaker who opens a clause: nothing (the sentence's start), a comma, a quote, a dash, "and".
const OPENERS = new Set([',', '"', "'", '“', '”', '‘', '’', '—', '–', '-', ':', ';', '(', 'and', 'but'])
// What may follow a speaker after an inverted verb: the end of the clause.
const CLOSERS = new Set([',', '.', ';', ':', '!', '?', ')', '—', '–'])
// A word written like a surname: a capital, then lower-case letters, with inner capitals or apostrophes
// ("McCain", "O'Brien", "DeSantis"). Each branch starts with its own class, so matching is linear.
export const SURNAME = /^\p{Lu}(?:\p{Ll}|\p{Lu}\p{Ll}|['’-]\p{Lu}?\p{Ll})+$/u

let seenTypes: Map<string, Set<string>> | null = null

/** The types the tagger's training data gives each one-word name ("Bush" → PER). */
function seenTypesOf(word: string): ReadonlySet<string> | undefined {
  if (!seenTypes) {
    seenTypes = new Map()
    for (const [type, names] of Object.entries(seen as Record<string, readonly string[]>)) {
      for (const name of names) {
        if (name.includes(' ')) continue
        const types = seenTypes.get(name) ?? new Set()
        types.add(type)
        seenTypes.set(name, types)
      }
    }
  }
  return seenTypes.get(word)
}

/**
 * A lone capitalized surname in the speaker's place of a verb of saying is a person when nothing says otherwise
 * ("The plan failed, Trump said." / "Bush told reporters …" / '"No," said Putin.'): the tagger's miss or its
 * organization or place becomes a person mention marked `speaks`, so that every other mention of the name follows
 * it (see settleKinds). Nothing says otherwise when the word is no country, capital, known organization or region,
 * group word, title or the name of something else in the tagger's training data, is never written in lower case
 * in the article, and, first in a sentence, is no common word unless that data knows it as a person's name.
 * Changes and adds to the mentions in place.
 */
export function markSpeakingNames(article: TaggedArticle, found: ArticleMentions): void {
  const { tokens } = article
  const { mentions } = found
  // The mention at each token, as its index in the list plus one (0 for none); a later mention overrides.
  const byToken = new Int32Array(tokens.length)
  mentions.forEach((m, n) => {
    byToken.fill(n + 1, m.first, m.last)
  })
  let added = false
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as { text: string }).text
    // No ASCII character but a capital opens a surname: most tokens are passed by without the pattern.
    const opening = word.charCodeAt(0)
    if (opening < 0x80 && (opening < 0x41 || opening > 0x5a)) continue
    if (!SURNAME.test(word) || !isSpeakerPlace(article, i)) continue
    const mention = byToken[i] ? mentions[(byToken[i] as number) - 1] : undefined
    if (mention && (mention.last - mention.first !== 1 || !canBePerson(mention))) continue
    if (!nothingSaysOtherwise(article, i, word)) continue
    // Written in lower case somewhere in the article: a token is that lower-case word.
    if (wordPlacesOf(article).first.has(word.toLowerCase())) continue
    if (mention) {
      mention.kind = 'person'
      mention.speaks = true
    } else {
      const { start, end } = tokens[i] as { start: number; end: number }
      mentions.push({ first: i, last: i + 1, start, end, text: word, kind: 'person', speaks: true })
      added = true
    }
  }
  if (added) found.mentions.sort((a, b) => a.first - b.first)
}

/** A one-word mention the tagger may have kinded wrong: no country, party, seat of government or known name. */
function canBePerson(mention: Mention): boolean {
  if (mention.kind === 'person') return true
  if (mention.kind === 'group' || mention.country || mention.canonical || mention.prefixCountry) return false
  if (KNOWN.has(mention.text)) return false
  // A name the tagger took for an organization stays one ("Prices rose, Zillow said") unless it is known as a person's.
  return mention.kind !== 'organization' || seenTypesOf(mention.text)?.has('PER') === true
}

function nothingSaysOtherwise(article: TaggedArticle, i: number, word: string): boolean {
  const lower = word.toLowerCase()
  if (isFunctionWord(word) || KNOWN.has(word) || NOT_PERSONS.has(lower)) return false
  if (lower.split('-').some((part) => NOT_PERSONS.has(part))) return false
  if (CAPITALS_INSIDE.test(word) && !INNER_CAPITAL.test(word)) return false
  // "MPs said", "Rebels said": the plural of a title or a group word.
  if (lower.endsWith('s') && NOT_PERSONS.has(lower.slice(0, -1))) return false
  if (findCountry(word) || findCountryOfCapital(word) || findCountryOfDemonym(word)) return false
  const types = seenTypesOf(word)
  if (types && !types.has('PER')) return false
  const sentenceStart = i === 0 || article.sentenceOf[i - 1] !== article.sentenceOf[i]
  if (!isCommonWord(word)) return true
  // A plural of a common noun speaks for many ("Officials said"); a common word first in a sentence is that word.
  if (word.endsWith('s') && isCommonWord(word.slice(0, -1))) return false
  return types?.has('PER') === true || !sentenceStart
}

/**
 * Whether the word at `i` is where a speaker stands: before a verb of saying (an auxiliary or adverb between),
 * opening its clause ("…, Trump said"), or after an inverted one that follows a quote or comma and closes the
 * clause ('"No," said Trump.').
 */
export function isSpeakerPlace(article: TaggedArticle, i: number): boolean {
  const { tokens, sentenceOf } = article
  const sentence = sentenceOf[i]
  const word = (k: number) => (sentenceOf[k] === sentence ? (tokens[k]?.text ?? '') : '')
  const before = word(i - 1)
  if (before === '' || OPENERS.has(before.toLowerCase())) {
    let k = i + 1
    while (k < i + 3 && GAP.has(word(k).toLowerCase())) k++
    if (VERBS.has(word(k).toLowerCase())) return true
  }
  const after = word(i + 1)
  return (
    INVERTING.has(before.toLowerCase()) && OPENERS.has(word(i - 2)) && (after === '' || CLOSERS.has(after))
  )
}
