import { INSTITUTION_HEADS, THOROUGHFARE_HEADS, WORK_NOUNS } from '../../data/actors/apposed-nouns.ts'
import { HONORIFICS, ROLE_HEAD_SET } from '../../data/actors/roles.ts'
import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import { givenNameGender } from '../given-names.ts'
import { guessPos } from '../statements/pos.ts'
import { commonTagOf } from './common-words.ts'
import { definedCommonAcronyms } from './defined-acronyms.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { initialsOf } from './name-initials.ts'
import { isPerformedWork } from './performed-works.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isCuedWork } from './work-cues.ts'
import { listedWithWorks } from './work-lists.ts'
import { isMarkedWork, workKey } from './work-marks.ts'

// Short words that news style writes in lower case inside a body's or a person's name ("Bank of England",
// "Friends of the Earth") and capitalizes only in the title of a work ("State Of Play", "Tears In Heaven").
const TITLE_CASE_WORDS = new Set(
  'of in and the for to on at with from by into over under about or nor an is are was be my your our his her its their me you we it up out off not'.split(
    ' ',
  ),
)

// Words that make a name a body's or a place's whatever its case: "Friends Of The Earth", "Department Of State".
const BODY_WORDS = new Set([...INSTITUTION_HEADS, ...THOROUGHFARE_HEADS, 'Bank', 'House', 'Office', 'Party'])

// A work's noun, singular or plural, with the words that open its examples: "films such as", "games like".
const WORK_NOUN_FORMS = new Set(
  WORK_NOUNS.flatMap((noun) => [noun, noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`]),
)
const EXAMPLE_OPENERS = new Set(['like', 'including'])
// Besides works' nouns, the music charts' ones: "hits including Velvet Hours and Tarn Road".
// Not "track": "on a track like Monaco, Ferrari …" names a circuit.
const EXAMPLE_NOUNS = new Set([...WORK_NOUN_FORMS, 'hit', 'hits'])
// An acronym of two to five capitals, and the words that open a phrase naming one thing of many ("an EP", "his
// new EP") or close it ("an EP of dance music", "a PDF that lists").
const ACRONYM_WORD = /^\p{Lu}{2,5}$/u
const COUNTABLE_OPENERS = new Set('a an his her its their my your'.split(' '))
const PHRASE_CLOSERS = new Set(
  'of in on at for with by from to that which who is was are were has had will'.split(' '),
)
// Punctuation that ends the phrase (not "'s", not a colon glued to more: "a CSI:NY logo").
const PHRASE_ENDS = new Set(['.', ',', ';', '!', '?', ')', '"', '”', "'", '’'])
// What follows an acronym that a body is: a possessive, a verb of saying ("GM's plants", "GM said").
const BODY_MARKS = new Set(["'s", '’s', 'said', 'says'])
const SPEECH_VERB_SET = new Set(SPEECH_VERBS)
// What opens a law's name: "the Children Bill", "the government's Gambling Bill".
const LAW_OPENERS = new Set(['the', "'s", '’s', 'its', 'their', 'this', 'a', 'new'])

// Nouns that head a treaty's or a charter's title, whose words after "on"/"of" are the title's own: "the European
// Convention on Human Rights", "the Treaty of Velmar", "the Charter of Fundamental Rights".
const DOCUMENT_HEADS = new Set(
  'Convention Conventions Declaration Charter Treaty Protocol Covenant Directive'.split(' '),
)

// Last words of the names of prizes, contests and shows, which no person, body or place ends in: "Brit Awards",
// "Booker Prize", "Davis Cup", "Australian Open", "General Election", "the Late Vexley Show", "Tarrow Motor Show".
const PRIZE_HEADS = new Set(
  'Award Awards Prize Prizes Trophy Medal Cup Championship Championships Olympics Open Election Elections Show'.split(
    ' ',
  ),
)
// Nouns of a broadcast written after its title: "Radio Vale's Good Morning Tarrow programme", "the Vexley show".
const PROGRAMME_NOUNS = new Set(['programme', 'program', 'show'])
// Last words of broadcasters' names: "Velmar Radio", "Orlin TV".
const BROADCASTER_HEADS = new Set(['Radio', 'TV', 'Television', 'Channel', 'News', 'FM'])

// Last words of the names of plans and agreements, which no person, body or place ends in either: "the Marshall
// Plan", "the Good Friday Agreement", "the Monroe Doctrine" (not "Pact": the Warsaw Pact was a body).
const PLAN_HEADS = new Set('Plan Doctrine Accord Accords Agreement'.split(' '))

/**
 * No works, prizes or things sold as actors: a name written in title case in a sentence that is not ("the
 * drama State Of Play won", "Bold And The Beautiful") is a work's title, and so are the names a work's noun lists
 * ("films such as Troy and Sideways", "games like Halo"); a name ending in a prize's or a
 * contest's word ("the MOBO Awards", "the Davis Cup") or a show's ("the Late Vexley Show") is an event, and a
 * name between "the" or a possessive and "programme" or "show" a broadcast ("Radio Vale's Good Morning Tarrow
 * programme"), and one ending in a plan's word a plan ("the
 * Marshall Plan"); a name a title's marks surround ("in My Left Foot",
 * "The Crucible (1997)", see work-marks.ts) or its maker cues ("Velvet Hours by Ann Vale", "Ann Vale's The
 * Pillow Room", see work-cues.ts) is a work, in all its forms; an acronym the article also writes in the
 * plural, after "a" or a possessive ("a new PC … PCs sold", "his new EP") or in brackets after the lower-case words
 * it stands for ("an initial public offer (IPO)") is a common noun; the words of a
 * treaty's title after its noun are none ("the Convention on Human Rights"). Countries and the known forms of
 * parties keep their names.
 * Changes `found.mentions` in place.
 * @example // "Viewers loved State Of Play, the drama." → no actor "State Of Play"
 */
export function dropWorkTitles(article: TaggedArticle, found: ArticleMentions): void {
  const plurals = commonAcronyms(article)
  const byFirst = new Map(found.mentions.map((m) => [m.first, m]))
  const things = new Set<string>()
  const dropped = new Set<Mention>()
  // Keys of names standing where only a performed work's title does (see performed-works.ts).
  const performed = new Set<string>()
  // The mentions so cued, whose own verb may be a star's ("The star of Velmar and Tarrow said").
  const cued = new Set<Mention>()
  // Prizes and common nouns among the things, which lend no list their kind.
  const notWorks = new Set<string>()
  for (const m of found.mentions) {
    if (m.country !== undefined || m.canonical !== undefined) continue
    // "films such as Troy, Sideways and Ray": the examples after a work's noun are works.
    if (isListedExample(article, m.first)) {
      // "…, Ana Pell said": a name that speaks ends the list; "Tam Vell's Velmar" names the work's maker.
      const next = article.tokens[m.last]?.text.toLowerCase() ?? ''
      const person = m.speaks || SPEECH_VERB_SET.has(next) || next === "'s" || next === '’s'
      if (!person && !isGivenNameAndSurname(m)) things.add(m.text)
    } else if (m.kind === 'person' && isStarredWork(article, m.first)) {
      // "The star of Velmar and Tarrow said": the verb is the star's, so the list's last name speaks for no one;
      // "the star of Tarrow's win" names a side; a place or a body ("the star of Tarrow Rovers") is a side too.
      const next = article.tokens[m.last]?.text ?? ''
      if (!isGivenNameAndSurname(m) && next !== "'s" && next !== '’s') {
        performed.add(workKey(m.text))
        cued.add(m)
      }
    } else if (isPrize(m) || isPluralAcronym(m, plurals)) {
      things.add(m.text)
      notWorks.add(m.text)
    } else if (isTitleCased(article, m)) things.add(m.text)
    // "the Velmar show": only this mention is the broadcast; "Velmar said" elsewhere is a body.
    else if (isNamedBroadcast(article, m)) dropped.add(m)
    else if (isCuedWork(article, m, byFirst)) things.add(m.text)
    else if (isPerformedWork(article, m) && !isGivenNameAndSurname(m)) {
      performed.add(workKey(m.text))
      cued.add(m)
    } else if (isDocumentTail(article, m) || isLawHead(article, m)) dropped.add(m)
    // A marked title that is the surname of a person named in full is that person's ("Ann Forsyth … My Forsyth").
    else if (isMarkedWork(article, m) && !borneSurnames(found.mentions).has(workKey(m.text)))
      things.add(m.text)
  }
  if (dropped.size > 0) found.mentions = found.mentions.filter((m) => !dropped.has(m))
  // "Tallow Creek … Ann Vale starred in Tallow Creek": a title cued anywhere, unless the name speaks somewhere
  // or heads a post ("Velmar Corp chief Tom Hale").
  for (const m of found.mentions) {
    const next = article.tokens[m.last]?.text.toLowerCase() ?? ''
    if (cued.has(m)) continue
    if (m.speaks || SPEECH_VERB_SET.has(next) || ROLE_HEAD_SET.has(next)) performed.delete(workKey(m.text))
  }
  for (const m of found.mentions) if (performed.has(workKey(m.text))) things.add(m.text)
  if (things.size === 0) return
  // "Judges picked Tallow Creek, Vexmoor and Red Harbour": a list that names a work anywhere in the article lists works.
  const workKeys = new Set([...things].filter((t) => !notWorks.has(t)).map(workKey))
  const isWork = (m: Mention) => workKeys.has(workKey(m.text))
  const kept = (m: Mention) => keptInList(article, m)
  for (const t of listedWithWorks(article, found.mentions, isWork, kept)) things.add(t)
  // "the British Independent Film Awards (BIFA)": the short form of a prize is that prize.
  for (const thing of [...things]) {
    const short = initialsOf(thing)
    if (short.length > 1) things.add(short)
  }
  // "The Incredibles … Incredibles' awards": every form of a work's name is the work.
  const keys = new Set([...things].map(workKey))
  found.mentions = found.mentions.filter((m) => !things.has(m.text) && !keys.has(workKey(m.text)))
}

/**
 * "Radio Vale's Good Morning Tarrow programme", "the Vexley show": a name between a possessive or "the" and a
 * broadcast's noun in lower case is the broadcast's title; a broadcaster's acronym, number or name ("the BBC
 * programme", "a Channel 5 show", "the Velmar Radio programme Tech Hour"), a place ("the Tarrow show") and a host's full name ("the Ann Rusk show") stay.
 */
function isNamedBroadcast(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  if (m.kind === 'location' || !PROGRAMME_NOUNS.has(tokens[m.last]?.text ?? '') || isGivenNameAndSurname(m))
    return false
  if (sentenceOf[m.last] !== sentenceOf[m.first] || /\p{N}/u.test(m.text) || m.text === m.text.toUpperCase())
    return false
  // "the Velmar Radio programme Tech Hour": the title follows, the name before is the broadcaster's.
  if (
    /^\p{Lu}/u.test(tokens[m.last + 1]?.text ?? '') ||
    BROADCASTER_HEADS.has(m.text.split(' ').at(-1) ?? '')
  )
    return false
  const before = tokens[m.first - 1]?.text ?? ''
  return before === 'the' || before === "'s" || before === '’s'
}

/**
 * "the Children Bill", "the government's Gambling Bill": "Bill" or "Act" alone after a determiner or a possessive
 * and one capitalized word that is no title ends a law's name; the tagger's "person" there is none ("Uncle Bill",
 * "Mr Bill" stay).
 */
function isLawHead(article: TaggedArticle, m: Mention): boolean {
  if (m.last - m.first !== 1 || (m.text !== 'Bill' && m.text !== 'Act')) return false
  const { tokens, sentenceOf } = article
  const before = tokens[m.first - 1]?.text ?? ''
  const opener = tokens[m.first - 2]?.text.toLowerCase() ?? ''
  if (sentenceOf[m.first - 2] !== sentenceOf[m.first] || !/^\p{Lu}\p{Ll}/u.test(before)) return false
  return LAW_OPENERS.has(opener) && HONORIFICS[before.toLowerCase()] === undefined
}

/**
 * A name a list of works keeps: a country, a party, a name that speaks, a person named in full, a maker's
 * possessive ("Brisk Hour and Tam Vell's Velmar") or one after "by", or a person a common noun introduces ("Ann Pell as nurse Jo Tarrant, and Vexmoor, starring …": a role, no list's opener).
 */
function keptInList(article: TaggedArticle, m: Mention): boolean {
  if (m.country !== undefined || m.canonical !== undefined || m.speaks || isGivenNameAndSurname(m))
    return true
  // "Brisk Hour and Tam Vell's Velmar": a maker's possessive; "Velvet Hours by the Orlin Quartet and …": a maker.
  const next = article.tokens[m.last]?.text ?? ''
  if (next === "'s" || next === '’s') return true
  const by = article.tokens[m.first - 1]?.text === 'the' ? m.first - 2 : m.first - 1
  if (article.tokens[by]?.text === 'by') return true
  const before = article.tokens[m.first - 1]?.text ?? ''
  const opens = article.sentenceOf[m.first - 1] === article.sentenceOf[m.first] && /^\p{Ll}/u.test(before)
  return m.kind === 'person' && opens && guessPos(before, before, false) === 'N'
}

/** The last words of the people's names of two words or more: "Forsyth" of "Ann Forsyth". */
function borneSurnames(mentions: readonly Mention[]): Set<string> {
  const surnames = new Set<string>()
  for (const m of mentions) {
    const words = m.text.split(' ')
    if (m.kind === 'person' && words.length > 1 && words[0] !== 'The') surnames.add(words.at(-1) as string)
  }
  return surnames
}

/**
 * Whether a token is one of the examples a work's noun lists: "such as", "like" or "including" after the noun,
 * then only capitalized words, numbers, commas, "and" and "or" up to the token, in its sentence.
 */
function isListedExample(article: TaggedArticle, first: number): boolean {
  const { word, opener: k } = listOpener(article, first)
  const opener = word(k)
  if (EXAMPLE_OPENERS.has(opener)) return EXAMPLE_NOUNS.has(word(k - 1).toLowerCase())
  return opener === 'as' && word(k - 1) === 'such' && EXAMPLE_NOUNS.has(word(k - 2).toLowerCase())
}

/**
 * Whether a token is one of the works a star is known for: "the star of", "starred in" or "starring in", then only
 * capitalized words, numbers, commas, "and" and "or" up to the token, in its sentence ("the star of Velmar and
 * Tarrow").
 */
function isStarredWork(article: TaggedArticle, first: number): boolean {
  const { word, opener: k } = listOpener(article, first)
  const opener = word(k)
  const cue = word(k - 1).toLowerCase()
  if (opener === 'of') return cue === 'star' && word(k - 2).toLowerCase() === 'the'
  return opener === 'in' && (cue === 'starred' || cue === 'starring')
}

/**
 * The word before a list of names that holds the token at `first` (walking back, at most 11 tokens, over
 * capitalized words, numbers, commas, "and" and "or"), with a reader of the words of the token's sentence.
 */
function listOpener(article: TaggedArticle, first: number): { word: (k: number) => string; opener: number } {
  const { tokens, sentenceOf } = article
  const word = (k: number) => (k >= 0 && sentenceOf[k] === sentenceOf[first] ? (tokens[k]?.text ?? '') : '')
  let k = first - 1
  while (k > first - 12 && /^(?:\p{Lu}|\p{N}|,$|and$|or$)/u.test(word(k))) k--
  return { word, opener: k }
}

/** "Harry Vell": a common given name, then a surname; a person even in a list of works. */
function isGivenNameAndSurname(m: Mention): boolean {
  const words = m.text.split(' ')
  return m.kind === 'person' && words.length === 2 && givenNameGender(words[0] as string) !== undefined
}

/** A name of two words or more with a short function word capitalized inside it, in a sentence in sentence case. */
function isTitleCased(article: TaggedArticle, m: Mention): boolean {
  const { tokens } = article
  if (m.text.split(' ').some((w) => BODY_WORDS.has(w))) return false
  let inner = false
  for (let k = m.first + 1; k < m.last - 1 && !inner; k++) {
    const word = tokens[k]?.text ?? ''
    inner = word !== word.toLowerCase() && word.length <= 5 && TITLE_CASE_WORDS.has(word.toLowerCase())
  }
  return inner && isSentenceCase(article, m.first)
}

/** Whether the sentence of a token has a word in lower case that is not a short function word. */
function isSentenceCase(article: TaggedArticle, token: number): boolean {
  const sentence = article.sentences[article.sentenceOf[token] ?? -1]
  if (sentence === undefined) return false
  for (let k = sentence.first; k < sentence.last; k++) {
    const word = article.tokens[k]?.text ?? ''
    if (/^\p{Ll}/u.test(word) && !TITLE_CASE_WORDS.has(word)) return true
  }
  return false
}

/**
 * A name right after a treaty's or a charter's noun and "on"/"of" ("Convention on Human Rights", "Treaty of
 * Velmar"): the rest of the document's title, no actor in that place.
 */
function isDocumentTail(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const joiner = tokens[m.first - 1]?.text
  if ((joiner !== 'on' && joiner !== 'of') || sentenceOf[m.first - 2] !== sentenceOf[m.first]) return false
  return DOCUMENT_HEADS.has(tokens[m.first - 2]?.text ?? '')
}

/** A name of two words or more whose last word names a prize, a contest or a plan. */
function isPrize(m: Mention): boolean {
  const words = m.text.split(' ')
  const last = words.at(-1) as string
  return words.length > 1 && (PRIZE_HEADS.has(last) || PLAN_HEADS.has(last))
}

/**
 * "PC", "US DVD", "PCs": acronyms only, the last one a plural or written as one elsewhere in the article; a
 * group stays ("MPs").
 */
function isPluralAcronym(m: Mention, plurals: ReadonlySet<string>): boolean {
  const words = m.text.split(' ')
  const last = words.at(-1) as string
  if (m.kind === 'group' || words.length > 2 || !words.slice(0, -1).every((w) => /^\p{Lu}+$/u.test(w)))
    return false
  return /^\p{Lu}+$/u.test(last) ? plurals.has(last) : /^\p{Lu}{2,5}s$/u.test(last)
}

/**
 * The acronyms the article uses as common nouns: written as plurals in -s ("PCs", "DVDs"), or as a thing of which
 * there are many, after "a"/"an" or a possessive ("an EP.", "a PDF of the report", "his new EP"), the acronym
 * ending its phrase. Not a modifier ("a BBC spokesman", "its EU and G8 presidencies", "a BBC 3 film"), nor after
 * "our" ("our NHS"), nor one the article has own something or speak ("GM's plants", "GM said"), as bodies do.
 * One defined in brackets by the lower-case words it stands for is a thing too (see defined-acronyms.ts).
 */
function commonAcronyms(article: TaggedArticle): Set<string> {
  const plural = new Set<string>()
  const countables = new Set<string>()
  const bodies = new Set<string>()
  const { tokens } = article
  for (let i = 0; i < tokens.length; i++) {
    const { text } = tokens[i] as { text: string }
    // Both patterns open with two capitals: an ASCII character that is none passes the word by ("The", "was").
    if (!mayBeCapital(text.charCodeAt(0)) || !mayBeCapital(text.charCodeAt(1))) continue
    // Two to five capitals (one or two code units each) and an "s": the pattern runs only on what may match.
    if (text.length >= 3 && text.length <= 11 && text.charCodeAt(text.length - 1) === 0x73) {
      if (/^\p{Lu}{2,5}s$/u.test(text)) plural.add(text.slice(0, -1))
    } else if (text.length >= 2 && text.length <= 10 && ACRONYM_WORD.test(text)) {
      if (BODY_MARKS.has(tokens[i + 1]?.text ?? '')) bodies.add(text)
      else if (countable(article, i)) countables.add(text)
    }
  }
  // "an initial public offer (IPO)": an acronym defined by words in lower case names a thing too.
  for (const acronym of definedCommonAcronyms(article)) countables.add(acronym)
  for (const acronym of countables) if (!bodies.has(acronym)) plural.add(acronym)
  return plural
}

/** Whether a UTF-16 code unit may open a capital letter: A to Z, or any unit beyond ASCII. */
function mayBeCapital(code: number): boolean {
  return code >= 0x80 || (code >= 0x41 && code <= 0x5a)
}

/** Whether token `i` ends a phrase that a determiner of a countable thing opens. */
function countable(article: TaggedArticle, i: number): boolean {
  const { tokens, sentenceOf } = article
  const next = tokens[i + 1]
  if (next !== undefined && sentenceOf[i + 1] === sentenceOf[i]) {
    if (!PHRASE_CLOSERS.has(next.text) && !PHRASE_ENDS.has(next.text)) return false
  }
  // Up to two adjectives between ("his new EP", "its first IPO"); no noun ("a movie NEC is showing").
  for (let k = i - 1; k >= i - 3 && k >= 0 && sentenceOf[k] === sentenceOf[i]; k--) {
    const word = (tokens[k] as { text: string }).text
    if (COUNTABLE_OPENERS.has(word.toLowerCase())) return true
    // "a visit to UN headquarters", "an analyst at UBS": a function word or a noun between ends the phrase.
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false
    const tag = commonTagOf(word)
    if (tag !== undefined && tag !== 'J') return false
  }
  return false
}
