import {
  FAMILY_NOUNS,
  INSTITUTION_HEADS,
  KIN_NOUNS,
  LOCATIVES,
  MEMBER_OF_BODY_TITLES,
  MEMBER_TITLES,
  OPERATED_PLACE_HEADS,
  ORGANIZATION_NOUNS,
  TEAM_WORDS,
  THOROUGHFARE_HEADS,
  WORK_NOUNS,
  WORK_TITLES,
} from '../../data/actors/apposed-nouns.ts'
import { REGIONS } from '../../data/actors/places.ts'
import { HONORIFICS } from '../../data/actors/roles.ts'
import seen from '../../data/actors/seen-names.json' with { type: 'json' }
import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import type { ActorKind } from '../../schemas/actor.ts'
import { givenNameGender } from '../given-names.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { looksLikePersonName, nameWords, PLAIN_CAPITALIZED } from './name-forms.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isCapitalized } from './tagger/word-shape.ts'
import { openedByWorkNoun, teamAfterEvent, titledWork } from './titled-works.ts'

const ORGANIZATION_NOUN_SET = withPlurals(ORGANIZATION_NOUNS)
const WORK_NOUN_SET = withPlurals(WORK_NOUNS)
const KIN_NOUN_SET = new Set(KIN_NOUNS)
const WORK_TITLE_SET = withPlurals(WORK_TITLES)
const BODY_TITLE_SET = withPlurals(MEMBER_OF_BODY_TITLES)
const MEMBER_TITLE_SET = new Set(MEMBER_TITLES)
const INSTITUTION_HEAD_SET = new Set(INSTITUTION_HEADS)
const THOROUGHFARE_HEAD_SET = new Set(THOROUGHFARE_HEADS)
const OPERATED_PLACE_HEAD_SET = new Set(OPERATED_PLACE_HEADS)
const REGION_SET = new Set(REGIONS)
const LOCATIVE_SET = new Set(LOCATIVES)
const FAMILY_NOUN_SET = new Set(FAMILY_NOUNS)
const SPEECH_VERB_SET = new Set(SPEECH_VERBS)
const TEAM_WORD_SET = new Set([...TEAM_WORDS, ...BODY_TITLE_SET])
// One-word names the tagger's training data knows as people's only ("Kennedy"): surnames, not places' heads.
const PERSON_ONLY_NAMES = personOnlyNames(seen as Record<string, readonly string[]>)
// Pronouns and quantifiers capitalized at a sentence's start ("They told us", "Everybody says"): never names.
const PRONOUNS = new Set(
  (
    'i me we us you he him she her it they them this that these those everybody everyone nobody somebody ' +
    'someone anybody anyone everything nothing something'
  ).split(' '),
)
// "a company called Akamai", "a band named Muse": the noun is a word further back.
const NAMING_VERBS = new Set(['called', 'named'])
// Nouns before a name of several words that only a body is, never a person's role: "the band Scissor Kings",
// "airline Velmar Air", "mobile firm Tarrow Telecom". ("developer", "broadcaster", "publisher" can be people's.)
const SEVERAL_WORD_BODY_NOUNS = withPlurals(
  'band company firm carmaker airline bank lender insurer retailer supermarket label charity conglomerate startup newspaper tabloid magazine website bookmaker brewer watchdog regulator'.split(
    ' ',
  ),
)

function withPlurals(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((w) => [w, w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`]))
}

/**
 * What the common noun beside a name makes of it: an organization, no actor at all, a person, a place. Before a
 * title, a name is a body its members belong to ("Chelsea striker") or a work ("Troy star"): an organization or
 * nothing where the tagger saw a person, else as tagged (a team named for its city, "Texas manager", is the
 * city's name elsewhere).
 */
type Verdict = ActorKind | 'none' | 'pronoun' | 'body' | 'work' | 'place' | 'title'

/**
 * The kind the words around a name give it, read from common nouns in lower case: "US firm Pellcom", "rock band
 * Muse" are organizations; "the film Sideways", "the pill Dormex", "Troy star Eric Bana" name no actor; "his
 * daughter Victoria" is a person; "the MP for Birkenhead" names a place; "University of Kent", "Jacobi
 * Hospital" are organizations and "Whitestone Bridge" a place whatever the tagger said. A pronoun capitalized
 * at a sentence's start ("They told us") is no name. One noun settles every mention of the name, except that
 * a word the article gives a person (a full name, an honorific, a kinship noun) stays that person's, and
 * countries, parties and seats of government keep their kind. Changes `found.mentions` in place.
 * @example // "Game maker Valve shut its servers. Valve said …" → organization "Valve"
 */
export function settleApposedNouns(article: TaggedArticle, found: ArticleMentions): void {
  const persons = personWords(article, found.mentions)
  const personStarts = new Set(found.mentions.filter((m) => m.kind === 'person').map((m) => m.first))
  // "Bush said", "After the game Wenger said": a name marked as speaking, or a person's right before a verb of saying.
  const speaking = new Set(
    found.mentions
      .filter(
        (m) => m.speaks || (m.kind === 'person' && SPEECH_VERB_SET.has(article.tokens[m.last]?.text ?? '')),
      )
      .map((m) => nameWords(m.text).join(' ')),
  )
  const speakingPersons = personSpeakers(article, found.mentions)
  // Any name before a verb of saying, whatever its kind: "Tarrow Airport said".
  const talking = new Set(
    found.mentions
      .filter((m) => m.speaks || SPEECH_VERB_SET.has(article.tokens[m.last]?.text ?? ''))
      .map((m) => nameWords(m.text).join(' ')),
  )
  const verdicts = untaggedVerdicts(article, found.mentions)
  // Names made places by a line of their own with a place ("Brentwood and Ongar"), organizations as tagged or not.
  const lined = new Set<string>()
  const byFirst = new Map(found.mentions.map((m) => [m.first, m] as const))
  let previous: Mention | undefined
  let previousVerdict: Verdict | undefined
  let previousLeftover = false
  for (const m of found.mentions) {
    if (m.country || m.canonical || m.kind === 'group') {
      previous = undefined
      continue
    }
    const words = m.text.split(' ')
    const pronoun =
      words.length === 1 && PRONOUNS.has(m.text.toLowerCase()) && m.text !== m.text.toUpperCase()
    let verdict: Verdict | undefined = pronoun
      ? 'pronoun'
      : words.length > 1
        ? headVerdict(words, talking.has(nameWords(m.text).join(' ')))
        : undefined
    // "Cable firms NTL and Telewest": a list after the noun shares its verdict (a name's own head is its own).
    let nouned = verdict === undefined ? nounVerdict(article, m, personStarts, byFirst) : undefined
    if (nouned === undefined && verdict === undefined && previous && isListedAfter(article, previous, m))
      nouned = previousVerdict
    // "the comedy Bill and Ted's Excellent Adventure": what is left of a title the work's noun cut is the title's.
    const leftover: boolean =
      nouned === undefined &&
      verdict === undefined &&
      previous !== undefined &&
      (previousVerdict === 'none' || previousVerdict === 'title') &&
      isTitleLeftover(article, previous, m, previousLeftover)
    if (leftover) nouned = 'title'
    previousLeftover = leftover
    // "to Reno and Carson City", "Shrewsbury, Dorset and Torbay": a lone name listed with a place is a place.
    const listed =
      verdict === undefined && nouned === undefined && words.length === 1
        ? listedWithPlace(article, m, previous, byFirst)
        : undefined
    if (listed) verdict = 'place'
    if (listed === 'line') lined.add(nameWords(m.text).join(' '))
    verdict ??= nouned
    previous = m
    previousVerdict = nouned
    if (verdict === undefined) continue
    const key = nameWords(m.text).join(' ')
    // A kinship noun or a name's head decides; else the first noun seen does.
    if (verdict === 'person' || words.length > 1 || !verdicts.has(key)) verdicts.set(key, verdict)
  }
  const heads = headKinds(found.mentions)
  if (verdicts.size === 0 && heads.size === 0) return
  const familyNames = familyNamesOf(article, found.mentions)
  const kept: Mention[] = []
  for (const m of found.mentions) {
    const key = nameWords(m.text).join(' ')
    const words = m.last - m.first
    const verdict = m.country || m.canonical ? undefined : verdicts.get(key)
    const unproven = m.kind === 'person' && !persons.has(key) && !speaking.has(key)
    if (verdict === undefined) {
      // "Guantanamo four questioned" over "held at Guantanamo Bay": a word no person bears, opening a place's
      // name; "the Kennedy family … at Kennedy Airport" is a family's.
      const head =
        unproven && m.last - m.first === 1 && !isPersonWord(m, familyNames) ? heads.get(key) : undefined
      kept.push(head ? toKind(m, head) : m)
    } else if (verdict !== 'person' && persons.has(key)) kept.push(m)
    else if (verdict === 'person') kept.push(toKind(m, 'person'))
    // A person who speaks is no team ("Blair's Alastair Campbell … Blair said"), nor a town in a list, nor a work
    // ("Bush nominee John Bolton … Bush said"), nor a word of a work's ("After the game Wenger said").
    else if (verdict === 'body') kept.push(unproven ? toKind(m, 'organization') : m)
    else if (verdict === 'place')
      kept.push(unproven || (m.kind === 'organization' && lined.has(key)) ? toKind(m, 'location') : m)
    // Only a name the tagger took for a person or a place can be a work or a pronoun: "Wanadoo" and "Victoria"
    // can be misread, "BBC" is no film.
    else if (verdict === 'work') {
      if (m.kind !== 'person' || !unproven) kept.push(m)
    } else if (verdict === 'none') {
      if (m.kind === 'organization' || (m.kind === 'person' && !unproven)) kept.push(m)
    } else if (verdict === 'title') {
      // A work's title is no actor whatever the tagger said, unless it speaks as a person.
      if (m.kind === 'person' && !unproven) kept.push(m)
    } else if (verdict === 'pronoun') {
      if (m.kind === 'organization') kept.push(m)
    }
    // A company speaks too ("Valve said it would"), a person as one ("Jones said he would retire").
    else if (m.kind === 'person' && speakingPersons.has(key)) kept.push(m)
    // A name's own head ("Tiananmen Square", "Emirates Stadium") or "the MP for Sleaford and North Hykeham" makes a
    // place of what the tagger took for an organization; a lone name's noun does not ("Texas manager").
    else if (m.kind !== 'organization' || verdict === 'organization' || (verdict === 'location' && words > 1))
      kept.push(toKind(m, verdict))
    else kept.push(m)
  }
  found.mentions = kept
}

/**
 * Whether a lone word is a person's, not a place's name's head: a common given name, a name the tagger's data
 * knows only as a person's, or one a family noun follows ("the Kennedy family").
 */
function isPersonWord(m: Mention, familyNames: ReadonlySet<string>): boolean {
  return isPersonName(m.text) || familyNames.has(m.text)
}

/**
 * The names that a family noun follows inside their sentence ("the Kennedy family"), gathered once: looking for them
 * among every mention for each mention grew as the square of a long text's mentions.
 */
function familyNamesOf(article: TaggedArticle, mentions: readonly Mention[]): Set<string> {
  const names = new Set<string>()
  for (const n of mentions)
    if (
      article.sentenceOf[n.last] === article.sentenceOf[n.first] &&
      FAMILY_NOUN_SET.has(article.tokens[n.last]?.text ?? '')
    )
      names.add(n.text)
  return names
}

function personOnlyNames(types: Record<string, readonly string[]>): Set<string> {
  const others = new Set(
    Object.entries(types)
      .filter(([type]) => type !== 'PER')
      .flatMap(([, names]) => names),
  )
  return new Set((types.PER ?? []).filter((name) => !name.includes(' ') && !others.has(name)))
}

/** A common given name or a name the tagger's data knows only as a person's ("Kennedy"). */
export function isPersonName(text: string): boolean {
  return givenNameGender(text) !== undefined || PERSON_ONLY_NAMES.has(text)
}

/**
 * Names that speak as a person: a speaking mention followed closely by "he" or "she" ("Jones said he would"),
 * which a company's ("Valve said it would") is not.
 */
function personSpeakers(article: TaggedArticle, mentions: readonly Mention[]): Set<string> {
  const names = new Set<string>()
  for (const m of mentions) {
    if (!m.speaks && !SPEECH_VERB_SET.has(article.tokens[m.last]?.text ?? '')) continue
    for (let k = m.last; k < m.last + 4 && article.sentenceOf[k] === article.sentenceOf[m.first]; k++) {
      const word = article.tokens[k]?.text.toLowerCase()
      if (word === 'he' || word === 'she') names.add(nameWords(m.text).join(' '))
    }
  }
  return names
}

/** The kind of the longer places' and organizations' names that each first word opens ("Guantanamo Bay"). */
function headKinds(mentions: readonly Mention[]): Map<string, ActorKind> {
  const heads = new Map<string, ActorKind>()
  for (const m of mentions) {
    if (m.kind !== 'location' || m.canonical || m.last - m.first < 2) continue
    heads.set(m.text.split(' ')[0] as string, m.kind)
  }
  return heads
}

function toKind(m: Mention, kind: ActorKind): Mention {
  if (m.kind === kind) return m
  m.kind = kind
  // A name said to be an organization by its noun speaks as one: "Valve said" is the company.
  if (kind !== 'person') delete m.speaks
  return m
}

/**
 * Verdicts on one-word names the tagger left out beside their noun ("Game maker Valve shut …"), which then
 * settle the mentions it found elsewhere ("Valve said").
 */
function untaggedVerdicts(article: TaggedArticle, mentions: readonly Mention[]): Map<string, Verdict> {
  const { tokens, sentenceOf } = article
  const tagged = new Uint8Array(tokens.length)
  for (const m of mentions) tagged.fill(1, m.first, m.last)
  const verdicts = new Map<string, Verdict>()
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = (tokens[i] as { text: string }).text
    if (tagged[i] === 1 || !PLAIN_CAPITALIZED.test(word) || sentenceOf[i - 1] !== sentenceOf[i]) continue
    // One word alone: "maker Valve shut", not "maker Valve Software".
    if (isCapitalized((tokens[i + 1] as { text: string }).text) && sentenceOf[i + 1] === sentenceOf[i])
      continue
    const before = (tokens[i - 1] as { text: string }).text
    const verdict = KIN_NOUN_SET.has(before)
      ? 'person'
      : ORGANIZATION_NOUN_SET.has(before)
        ? 'organization'
        : WORK_NOUN_SET.has(before)
          ? 'none'
          : undefined
    if (verdict && !verdicts.has(word)) verdicts.set(word, verdict)
  }
  return verdicts
}

/**
 * "University of Kent", "Jacobi Hospital", "Tarrow County Council", "Friends of Vale Park" are organizations,
 * "Whitestone Bridge" a place; "Tarrow Airport said" is the body that runs it.
 */
function headVerdict(words: readonly string[], speaks: boolean): Verdict | undefined {
  const first = words[0] as string
  const last = words.at(-1) as string
  if (speaks && OPERATED_PLACE_HEAD_SET.has(last)) return 'organization'
  if (INSTITUTION_HEAD_SET.has(last) || (INSTITUTION_HEAD_SET.has(first) && words[1] === 'of'))
    return 'organization'
  return THOROUGHFARE_HEAD_SET.has(last) ? 'location' : undefined
}

/** The verdict of the common noun before a one-word name, or of the title after it, or of "MP for" before it. */
function nounVerdict(
  article: TaggedArticle,
  m: Mention,
  personStarts: ReadonlySet<number>,
  byFirst: ReadonlyMap<number, Mention>,
): Verdict | undefined {
  const { tokens, sentenceOf } = article
  const same = (k: number) => k >= 0 && sentenceOf[k] === sentenceOf[m.first]
  const member = tokens[m.first - 2]?.text ?? ''
  if (same(m.first - 2) && tokens[m.first - 1]?.text === 'for' && MEMBER_TITLE_SET.has(member))
    return 'location'
  if (appositeWork(article, m)) return 'title'
  if (m.last - m.first !== 1) {
    if (titledWork(article, m, isPersonName) || openedByWorkNoun(article, m, isPersonName)) return 'title'
    return namedBody(article, m) ? 'organization' : undefined
  }
  let k = m.first - 1
  if (same(k) && NAMING_VERBS.has(tokens[k]?.text ?? '')) k--
  // "a small charity, Brannock, which …": a name set off by commas is the noun before them, the closing comma
  // telling it from a list ("clubs Tenvo, Orrin and Pell").
  else if (same(k - 1) && tokens[k]?.text === ',' && isClosedApposition(article, m)) k--
  const before = same(k) ? (tokens[k]?.text ?? '') : ''
  if (KIN_NOUN_SET.has(before)) return 'person'
  if (ORGANIZATION_NOUN_SET.has(before)) return 'organization'
  if (WORK_NOUN_SET.has(before) && !teamAfterEvent(article, m, before)) return 'none'
  // A lone name in capitals after a work's noun may be its maker ("the film BBC made").
  if (titledWork(article, m, isPersonName) && !/^\p{Lu}+$/u.test(m.text)) return 'title'
  return titleVerdict(article, m, personStarts, byFirst)
}

/** Whether a comma or the sentence's end follows a lone name, closing an apposition the comma before it opened. */
function isClosedApposition(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const after = sentenceOf[m.last] === sentenceOf[m.first] ? (tokens[m.last]?.text ?? '') : ''
  return after === ',' || after === '' || after === '.'
}

// Nouns of one work after a name and its comma, in the singular (a plural there opens a clause: "based on RSS,
// the podcasts which …"), besides WORK_NOUNS: "Orlin Dawn, a 1761 painting".
const APPOSED_WORK_NOUNS = new Set([
  ...WORK_NOUNS,
  ...['adaptation', 'classic', 'painting', 'play', 'poem', 'portrait', 'sculpture', 'show', 'work'],
])
// What may follow the work's noun there, so that the noun is the phrase's head ("a comedy about wine") and no
// modifier of another ("a drama teacher", "the game's publisher").
const AFTER_APPOSED_WORK = new Set(
  '. , ; : ) about based by from that which starring directed written set released in of to with'.split(' '),
)
// Nouns that open an idiom with "of" more often than they name a work: "a show of strength", "a work of years",
// "the play of light".
const IDIOM_BEFORE_OF = new Set(['play', 'show', 'work'])

/**
 * "Velmar Nights, a comedy about wine", "Orlin Dawn, a 1761 painting, sold": a name with a work's noun in the
 * phrase after its comma ("a", "an" or "the", at most three words, the noun heading the phrase) is the work's
 * title, unless the name opens with a common given name; "show", "work" or "play" before "of" is an idiom's.
 */
function appositeWork(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const determiner = tokens[m.last + 1]?.text ?? ''
  if (tokens[m.last]?.text !== ',' || !['a', 'an', 'the'].includes(determiner)) return false
  if (isPersonName(m.text.split(' ')[0] as string)) return false
  for (let k = m.last + 2; k <= m.last + 4 && sentenceOf[k] === sentenceOf[m.first]; k++) {
    const word = tokens[k]?.text ?? ''
    const after = tokens[k + 1]?.text ?? ''
    if (APPOSED_WORK_NOUNS.has(word))
      return AFTER_APPOSED_WORK.has(after) && !(after === 'of' && IDIOM_BEFORE_OF.has(word))
    if (!/^[\p{L}\p{N}'-]+$/u.test(word)) return false
  }
  return false
}

/**
 * "New York band Scissor Kings", "the airline Velmar Air": a noun that only a body is, right before a name of
 * several words, makes it an organization, unless the name opens with a common given name ("the magazine Tom Vale
 * edits").
 */
function namedBody(article: TaggedArticle, m: Mention): boolean {
  const k = m.first - 1
  const before = article.tokens[k]?.text ?? ''
  if (article.sentenceOf[k] !== article.sentenceOf[m.first] || !SEVERAL_WORD_BODY_NOUNS.has(before))
    return false
  return !isPersonName(m.text.split(' ')[0] as string)
}

// What joins the words of a title the tagger cut in two: "Bill and Ted's", "Ted's Excellent Adventure".
const TITLE_JOINERS = new Set(['and', '&'])
const POSSESSIVES = new Set(["'s", '’s'])

/**
 * "the comedy Bill and Ted's Excellent Adventure": after a one-word work's title ("Bill"), a lone word joined by
 * "and" that does not speak ("Ted"), and the capitalized rest after that word's "'s" ("Excellent Adventure"), are
 * what the tagger left of the title. `afterLeftover` says whether `previous` was itself such a word.
 */
function isTitleLeftover(
  article: TaggedArticle,
  previous: Mention,
  m: Mention,
  afterLeftover: boolean,
): boolean {
  const { tokens, sentenceOf } = article
  if (sentenceOf[previous.first] !== sentenceOf[m.first] || m.first !== previous.last + 1) return false
  const joiner = tokens[previous.last]?.text ?? ''
  if (afterLeftover) return POSSESSIVES.has(joiner)
  if (!TITLE_JOINERS.has(joiner) || previous.last - previous.first !== 1 || m.last - m.first !== 1)
    return false
  return !m.speaks && !SPEECH_VERB_SET.has(tokens[m.last]?.text ?? '')
}

/**
 * "Troy star Eric Bana", "Oscar nominee Clive Owen" name no actor by "Troy"; "Chelsea striker Didier Drogba",
 * "U2 frontman Bono", "Harlow's Tim Pask scored" name a body: a lone name, a title in lower case or a
 * possessive, then a person's name.
 */
function titleVerdict(
  article: TaggedArticle,
  m: Mention,
  personStarts: ReadonlySet<number>,
  byFirst: ReadonlyMap<number, Mention>,
): Verdict | undefined {
  const { tokens, sentenceOf } = article
  const title = tokens[m.last]?.text ?? ''
  const owner = title === "'s" || title === '’s'
  const verdict = WORK_TITLE_SET.has(title) ? 'work' : BODY_TITLE_SET.has(title) || owner ? 'body' : undefined
  if (verdict === undefined || sentenceOf[m.last] !== sentenceOf[m.first]) return undefined
  const at = m.last + 1
  const named = looksLikePersonName(article, at, at + 2) || looksLikePersonName(article, at, at + 3)
  // "U2 frontman Bono": a one-word name after a member's title is a person's too.
  const oneWord = verdict === 'body' && !owner && PLAIN_CAPITALIZED.test(tokens[at]?.text ?? '')
  if (owner) {
    // The name after a possessive must be a person's as tagged: "McLaughlin's New Democratic Party" is a party.
    const owned = byFirst.get(at)
    if (!personStarts.has(at) || owned === undefined) return undefined
    // A name owns a person by name as the team or body the person is in only where the tagger saw no person
    // in it or the sentence is about a team ("Harlow's Tim Pask scored"); "Blair's Alastair Campbell said" is
    // Blair's man.
    if (m.kind === 'person' && !mentionsTeam(article, m.first, owned.last)) return undefined
  }
  return sentenceOf[at] === sentenceOf[m.first] && (named || oneWord) ? verdict : undefined
}

/** Whether the sentence of a name and its owned person, after the person, or before the name, speaks of a team. */
function mentionsTeam(article: TaggedArticle, first: number, last: number): boolean {
  const { tokens, sentenceOf } = article
  const sentence = sentenceOf[first]
  for (let k = first - 1; k >= 0 && sentenceOf[k] === sentence; k--)
    if (TEAM_WORD_SET.has(tokens[k]?.text.toLowerCase() ?? '')) return true
  for (let k = last; k < tokens.length && sentenceOf[k] === sentence; k++)
    if (TEAM_WORD_SET.has(tokens[k]?.text.toLowerCase() ?? '')) return true
  return false
}

/**
 * Whether a name is listed right before or after a sure place's name (not a country's: "Blair and France" differ),
 * the list after a preposition of place, or with a place's name on a line of their own.
 */
function listedWithPlace(
  article: TaggedArticle,
  m: Mention,
  previous: Mention | undefined,
  byFirst: ReadonlyMap<number, Mention>,
): 'list' | 'line' | undefined {
  const after = (first: number) => LOCATIVE_SET.has(article.tokens[first - 1]?.text ?? '')
  if (previous && isListedAfter(article, previous, m)) {
    if (isSurePlace(previous) && after(previous.first)) return 'list'
    if (isPlaceLine(article, previous, m, previous)) return 'line'
  }
  const next = byFirst.get(m.last + 1)
  if (next === undefined || !isListedAfter(article, m, next)) return undefined
  if (isSurePlace(next) && after(m.first)) return 'list'
  return isPlaceLine(article, m, next, next) ? 'line' : undefined
}

/**
 * "Brentwood and Ongar" on a line of its own (a constituency, a heading, a list item): two names joined by
 * "and" that make the whole line are one place's parts when one is a place as tagged.
 */
function isPlaceLine(article: TaggedArticle, first: Mention, last: Mention, place: Mention): boolean {
  if (place.kind !== 'location' || place.canonical || article.tokens[first.last]?.text !== 'and') return false
  // "Lennon and McCartney": a name known as a person's on either side makes a pair of people, a tagged place or not.
  if (isPersonName(first.text) || isPersonName(last.text)) return false
  const sentence = article.sentences[article.sentenceOf[first.first] as number]
  if (sentence === undefined || sentence.first !== first.first) return false
  let end = sentence.last
  while (end > last.last && !/[\p{L}\p{N}]/u.test(article.tokens[end - 1]?.text ?? '')) end--
  return end === last.last
}

/** A place's name the tagger is unlikely to have misread: a known region, or several words ("Carson City"). */
function isSurePlace(m: Mention): boolean {
  return (
    m.kind === 'location' &&
    !m.country &&
    (REGION_SET.has(m.text) || /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(m.text))
  )
}

/** Whether `m` follows `previous` in a list: "NTL and Telewest", "Gaobot, Spybot and Randex". */
function isListedAfter(article: TaggedArticle, previous: Mention, m: Mention): boolean {
  if (m.first !== previous.last + 1 || article.sentenceOf[m.first] !== article.sentenceOf[previous.first])
    return false
  const joiner = article.tokens[previous.last]?.text
  // "the show Filthy Love and Channel 4's Shameless": a possessive owns the next item, it is none of the list.
  // The tagger may leave a number out of the name ("Channel" of "Channel 4's").
  const next = /^\p{N}+$/u.test(article.tokens[m.last]?.text ?? '') ? m.last + 1 : m.last
  const owner = article.tokens[next]?.text === "'s" || article.tokens[next]?.text === '’s'
  return !owner && (joiner === ',' || joiner === 'and' || joiner === 'or')
}

/**
 * Words that the article gives a person: those of full names tagged as people, and names after an honorific
 * ("Mr Brown").
 */
function personWords(article: TaggedArticle, mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>()
  for (const m of mentions) {
    if (m.kind !== 'person') continue
    const parts = nameWords(m.text)
    const before = article.tokens[m.first - 1]?.text.toLowerCase() ?? ''
    const honored = HONORIFICS[(m.text.split(' ')[0] as string).toLowerCase()] !== undefined
    if (parts.length > 1 && parts.every((w) => isCapitalized(w))) for (const w of parts) words.add(w)
    else if (honored || HONORIFICS[before] !== undefined) words.add(parts.join(' '))
  }
  return words
}
