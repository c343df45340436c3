import { LOCATIVES } from '../../data/actors/apposed-nouns.ts'
import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { COMPASS_POINTS, REGIONS } from '../../data/actors/places.ts'
import { HONORIFICS, POST_NOMINALS, ROLE_HEAD_SET } from '../../data/actors/roles.ts'
import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import type { ActorKind } from '../../schemas/actor.ts'
import { givenNameGender } from '../given-names.ts'
import { isCommonWord } from './common-words.ts'
import { findCountryOfCapital } from './countries.ts'
import { type ArticleMentions, capitalLines, type Mention } from './mentions.ts'
import { PLAIN_CAPITALIZED } from './name-forms.ts'
import type { TaggedArticle } from './tag-article.ts'

const ORGANIZATIONS = new Set(ORGANIZATION_NAMES)
// Letters after a name that only a person bears ("Ann Vale QC", "Tom Reed MP"); generations are names' own.
const PERSON_POST_NOMINALS = new Set(POST_NOMINALS.filter((word) => !/^(?:jr|sr|i+|iv)\.?$/.test(word)))
const PLACES = new Set(REGIONS)
const LOCATIVE_SET = new Set(LOCATIVES)

/**
 * One name, one kind within an article. Well-known companies, platforms and international bodies are
 * organizations ("Amazon", "Weibo") and states and regions places when the tagger took them for people
 * ("Massachusetts"); any other name written in running text takes the kind the tagger gave two thirds of
 * its mentions or more ("BBC", "Wang"), or is a person wherever it speaks as one ("Trump said"). Lines in capitals (sports tables, where "DETROIT" is a team in one
 * line and a dateline in the next) and capitals that are not people keep the tagger's kind, as do countries,
 * parties and named armed groups. Changes the mentions in place.
 */
export function settleKinds(article: TaggedArticle, found: ArticleMentions): void {
  const capsLine = capitalLines(article)
  const byName = new Map<string, Mention[]>()
  for (const mention of found.mentions) {
    if (mention.country || mention.canonical || mention.kind === 'group') continue
    const name = nameKey(mention.text)
    // "Judge Ford said", "Senator Ford", "Ann Vale QC": a person's title before the name or letters after it.
    if (isTitledPerson(article, mention)) mention.kind = 'person'
    else if (ORGANIZATIONS.has(name)) mention.kind = 'organization'
    else if (mention.kind === 'location' && isGivenNameAndSurname(name) && !afterLocative(article, mention))
      mention.kind = 'person'
    else if (mention.kind === 'organization' && isPlaceAfterPlace(article, mention)) mention.kind = 'location'
    else if (PLACES.has(name)) {
      if (mention.kind === 'person') mention.kind = 'location'
    } else if (findCountryOfCapital(name) && mention.kind !== 'person') {
    } else if (!capsLine[article.sentenceOf[mention.first] as number]) {
      const list = byName.get(name)
      if (list) list.push(mention)
      else byName.set(name, [mention])
    }
  }
  for (const list of byName.values()) {
    if (list.length < 2) continue
    // A name that speaks as a person ("Trump said") is that person wherever else the tagger kinded it.
    const kind = list.some((m) => m.speaks) ? 'person' : clearMajorityKind(list)
    if (kind) for (const mention of list) mention.kind = kind
  }
  const borne = personNameWords(article, found.mentions)
  for (const [name, list] of byName)
    if ((name.includes(' ') || !borne.has(name)) && isPlaceByUse(article, list))
      for (const m of list) m.kind = 'location'
}

/**
 * Whether a person's title, capitalized, stands right before the name ("Judge Ford", "Senator Ford") or a
 * person's letters end it ("Ann Vale QC"), so that a name that is also a company's is the person's here.
 */
function isTitledPerson(article: TaggedArticle, mention: Mention): boolean {
  const words = mention.text.split(' ')
  const last = (words.at(-1) as string).toLowerCase()
  if (words.length > 1 && PERSON_POST_NOMINALS.has(last)) return true
  const before = article.tokens[mention.first - 1]?.text ?? ''
  if (article.sentenceOf[mention.first - 1] !== article.sentenceOf[mention.first]) return false
  return /^\p{Lu}/u.test(before) && ROLE_HEAD_SET.has(before.toLowerCase())
}

/** Words of the names the article gives a person in full or after an honorific ("Ann Pask", "Mr Pask"). */
function personNameWords(article: TaggedArticle, mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>()
  for (const m of mentions) {
    if (m.kind !== 'person') continue
    const parts = m.text.split(' ')
    const honored = HONORIFICS[article.tokens[m.first - 1]?.text.toLowerCase() ?? ''] !== undefined
    if (parts.length > 1 || honored) for (const w of parts) words.add(w)
  }
  return words
}

// Prepositions that take a place and hardly ever a person ("in Tarrow", "near Tarrow"; not "from", "at", "to").
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around'])

/**
 * "Live updates from Tarrow … cases in Tarrow rose … shops in Tarrow reopen": a name the tagger took for a
 * person that the article puts after a preposition of place or a place's noun and "of" ("the state of Tarrow") at
 * least half the time (not before a possessive:
 * "a post in Tom Vale's government"; twice at least when it opens with a given name), and never gives an honorific
 * or a verb of saying, is a place.
 */
function isPlaceByUse(article: TaggedArticle, list: readonly Mention[]): boolean {
  if (!list.some((m) => m.kind === 'person')) return false
  let placed = 0
  for (const m of list) {
    if (m.speaks) return false
    // "In Tarrow, …" opens a sentence with the same preposition.
    const before = article.tokens[m.first - 1]?.text.toLowerCase() ?? ''
    if (HONORIFICS[before] !== undefined) return false
    // "a post in Tom Vale's government" is the person's.
    const after = article.tokens[m.last]?.text
    const owner = after === "'s" || after === '’s'
    // "trust in Ann Vale", "confidence in Ann Vale": a feeling's noun puts its object after "in", no place.
    const felt = ATTITUDE_NOUNS.has(article.tokens[m.first - 2]?.text.toLowerCase() ?? '')
    if (
      PLACE_PREPOSITIONS.has(before) &&
      !owner &&
      !felt &&
      article.sentenceOf[m.first - 1] === article.sentenceOf[m.first]
    )
      placed++
    else if (isPlacedInRegion(article, m) || isNamedPlace(article, m)) placed++
  }
  // A given name first ("Bill Vale") needs the use twice over: "a post in Bill Vale's government" once is no place.
  const first = (list[0] as Mention).text.split(' ')[0] as string
  if (placed < (givenNameGender(first) === undefined ? 1 : 2)) return false
  // A person's name of several words is a place only where every use is one ("Ann Vale visited Tarrow" is hers).
  return (list[0] as Mention).text.includes(' ') ? placed === list.length : placed * 2 >= list.length
}

// Nouns of a place that name it after "of": "the state of Tarrasco", "the city of Velmar".
const PLACE_OF_NOUNS = new Set(
  'state city town village province region county district island port capital republic'.split(' '),
)

/** "the state of Tarrasco", "the city of Velmar": a place's noun and "of" in lower case right before the name. */
function isNamedPlace(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  if (tokens[m.first - 1]?.text !== 'of' || sentenceOf[m.first - 2] !== sentenceOf[m.first]) return false
  return PLACE_OF_NOUNS.has(tokens[m.first - 2]?.text ?? '')
}

// Verbs of saying: a name that speaks right after where it is ("Tom Vale, in east Orlin, said") is a person.
const SAYING = new Set(SPEECH_VERBS)
// Words of a compass point that place one place inside another's part ("Tarrow, in east Orlin").
const COMPASS = new Set(COMPASS_POINTS)

/**
 * "Tarrow, in east Orlin,": a name that a comma, "in", a compass point and a capitalized name follow is placed in
 * a part of a bigger place, as people hardly are.
 */
function isPlacedInRegion(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  if (tokens[m.last]?.text !== ',' || tokens[m.last + 1]?.text.toLowerCase() !== 'in') return false
  const point = tokens[m.last + 2]?.text ?? ''
  const place = tokens[m.last + 3]?.text ?? ''
  // "Tom Vale, in east Orlin, said …" is a person where he is.
  const said = tokens[m.last + 4]?.text === ',' && SAYING.has(tokens[m.last + 5]?.text ?? '')
  return (
    COMPASS.has(point) &&
    /^\p{Lu}\p{Ll}/u.test(place) &&
    sentenceOf[m.last + 3] === sentenceOf[m.first] &&
    !said
  )
}

// Nouns of a feeling whose object follows "in": "confidence in", "faith in", "trust in".
const ATTITUDE_NOUNS = new Set(
  'confidence faith trust belief interest pride hope doubts doubt stake'.split(' '),
)

/**
 * "Victoria Beckham": a common given name, then a word that is no common word, is a person's name, though the
 * tagger learned the first word as a place ("Lake Victoria", "Victoria Falls" end in a common word or start
 * with one).
 */
function isGivenNameAndSurname(name: string): boolean {
  const words = name.split(' ')
  if (words.length !== 2 || PLACES.has(name)) return false
  const surname = words[1] as string
  return (
    givenNameGender(words[0] as string) !== undefined &&
    PLAIN_CAPITALIZED.test(surname) &&
    !isCommonWord(surname)
  )
}

/** "Tourists flock to Charlotte Amalie": a name after a preposition of place is where, not who. */
function afterLocative(article: TaggedArticle, mention: Mention): boolean {
  return LOCATIVE_SET.has(article.tokens[mention.first - 1]?.text.toLowerCase() ?? '')
}

const CLAUSE_ENDS = new Set(['.', ',', ';', ':', ')', '!', '?'])

/**
 * "in Chatham, Kent.": a one-word name between a comma after a place and the end of a clause is the place's
 * county, state or country, not an organization (a team's name in sports results, where the tagger learned it).
 */
function isPlaceAfterPlace(article: TaggedArticle, mention: Mention): boolean {
  const { tokens, sentenceOf } = article
  const { first, last } = mention
  if (last - first !== 1 || tokens[first - 1]?.text !== ',' || !CLAUSE_ENDS.has(tokens[last]?.text ?? ''))
    return false
  // "in Bavaria, FDP, and …" is a list, and initials no county.
  if (!/^\p{Lu}\p{Ll}/u.test(mention.text)) return false
  const place = first - 2
  if (sentenceOf[place] !== sentenceOf[first] || !/^\p{Lu}\p{Ll}/u.test(tokens[place]?.text ?? ''))
    return false
  let k = place
  while (k > 0 && sentenceOf[k - 1] === sentenceOf[first] && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) k--
  return LOCATIVE_SET.has(tokens[k - 1]?.text ?? '')
}

function nameKey(text: string): string {
  const name = text.replace(/^the\s+/i, '')
  return name.endsWith("'s") ? name.slice(0, -2).trimEnd() : name
}

/**
 * The kind of at least two thirds of the mentions, if one is: "New York" half team, half city stays as tagged.
 * Short of that, a name that is a person in some places only is not one (nobody in the article bears it):
 * it takes its most frequent other kind.
 */
function clearMajorityKind(mentions: readonly Mention[]): ActorKind | undefined {
  const counts = new Map<ActorKind, number>()
  for (const m of mentions) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1)
  for (const [kind, count] of counts) if (count * 3 >= mentions.length * 2) return kind
  if (!counts.has('person')) return undefined
  counts.delete('person')
  let best: ActorKind | undefined
  for (const [kind, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = kind
  return best
}
