import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Sentence, Token } from '../../parse/document.ts'
import { wordTable } from '../../parse/word-table.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Span } from '../../schemas/span.ts'
import { givenNameGender } from '../given-names.ts'
import { type Anchor, anchorEndingAt, anchorsWithin, namesSpeaker } from './anchors.ts'
import { onlyBodyNamed } from './bodies-named.ts'
import { personDescribedAs } from './described-as.ts'
import { descriptionCase, epithetAge, isPersonEpithet } from './epithets.ts'
import { opensAfterFronted } from './fronted-subject.ts'
import {
  isNationEpithet,
  isNationPhrase,
  mayBeOfNation,
  nationsOfPeople,
  peopleOfNation,
} from './nation-epithets.ts'
import { otherOffices } from './other-office.ts'
import { isOwnedAgent } from './owned-agent.ts'
import { isRoleNoun, roleHolder } from './role-holder.ts'

type Gender = 'male' | 'female'

const HONORIFIC_GENDER = wordTable<Gender>({
  mr: 'male',
  sir: 'male',
  lord: 'male',
  baron: 'male',
  king: 'male',
  prince: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  lady: 'female',
  dame: 'female',
  baroness: 'female',
  queen: 'female',
  princess: 'female',
})
const PRONOUN_GENDER = wordTable<Gender>({ he: 'male', she: 'female' })
// Words before a name that make it the object of a preposition rather than the one the sentence is about.
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'with',
  'to',
  'for',
  'against',
  'at',
  'on',
  'about',
  'from',
  'after',
  'in',
  'into',
  'under',
  'among',
  'between',
  'like',
  'than',
])

/** What the speaker look-ups know of an article: its sentences' subjects, its people's genders, its actors. */
export interface Discourse {
  parsed: ParsedArticle
  anchors: readonly Anchor[]
  actors: ReadonlyMap<string, Actor>
  genders: ReadonlyMap<string, Gender>
  mentionCounts: ReadonlyMap<string, number>
  /** The words quoted as someone's speech, sorted by start: a name said there is not whom the text is about. */
  quoted: readonly Span[]
}

/**
 * Gathers what pronoun and title look-ups need: each person's gender as honorifics tell it ("Mr Howard",
 * "Mrs Robinson"), else as a common given name does ("Margaret Hodge"), else as the pronouns after the name do,
 * and how often each actor is named.
 * @example buildDiscourse(parsed, anchors, actors).genders.get('person:mary-robinson') // 'female'
 */
export function buildDiscourse(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
  quoted: readonly Span[] = [],
): Discourse {
  const known = peopleFacts.get(anchors)
  if (known && known.parsed === parsed && known.actorList === actors) {
    const { actors: byId, genders, mentionCounts } = known
    return { parsed, anchors, actors: byId, genders, mentionCounts, quoted: mergeSpans(quoted) }
  }
  const genders = new Map<string, Gender>()
  const mentionCounts = new Map<string, number>()
  for (const anchor of anchors) {
    if (anchor.form !== 'name' && anchor.form !== 'title') continue
    mentionCounts.set(anchor.actor, (mentionCounts.get(anchor.actor) ?? 0) + 1)
    if (anchor.kind !== 'person' || genders.has(anchor.actor)) continue
    const gender = honorificGender(parsed.view, anchor)
    if (gender) genders.set(anchor.actor, gender)
  }
  for (const actor of actors) {
    if (actor.kind !== 'person' || genders.has(actor.id)) continue
    const gender = givenNameGender(/^[\p{L}]+/u.exec(actor.name)?.[0] ?? '')
    if (gender) genders.set(actor.id, gender)
  }
  const discourse = {
    parsed,
    anchors,
    actors: new Map(actors.map((a) => [a.id, a])),
    genders,
    mentionCounts,
    quoted: mergeSpans(quoted),
  }
  for (const [actor, gender] of pronounGenders(discourse)) if (!genders.has(actor)) genders.set(actor, gender)
  peopleFacts.set(anchors, { parsed, actorList: actors, actors: discourse.actors, genders, mentionCounts })
  return discourse
}

/**
 * The genders and mention counts of an article's people, by its anchors: they do not depend on the quoted words, and
 * the speakers and the stance's office holders both ask for them.
 */
const peopleFacts = new WeakMap<
  readonly Anchor[],
  Pick<Discourse, 'parsed' | 'actors' | 'genders' | 'mentionCounts'> & { actorList: readonly Actor[] }
>()

// Not "him": an object after a name is someone else more often than not ("Ann Vale hoped a road would be named
// after him").
const PRONOUN_GENDERS = wordTable<Gender>({
  he: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
})

/**
 * Genders the text gives people without an honorific: the first "he", "his", "she" or "her" after a sentence's
 * subject, before any other person is named ("Zoe Anderson, 24, was overcome … at the home of her parents"). A
 * person the text gives both is left without.
 */
function pronounGenders(discourse: Discourse): Map<string, Gender> {
  const { parsed, anchors } = discourse
  const votes = new Map<string, Set<Gender>>()
  for (const [i, anchor] of anchors.entries()) {
    if (anchor.kind !== 'person' || anchor.form !== 'name' || !isSubject(discourse, anchor)) continue
    const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, anchor.start)]
    if (!sentence) continue
    let until = sentence.end
    for (let k = i + 1; k < anchors.length && (anchors[k] as Anchor).start < until; k++) {
      const other = anchors[k] as Anchor
      if (other.kind === 'person' && other.form !== 'pronoun' && other.actor !== anchor.actor)
        until = other.start
    }
    for (let t = countStartingBefore(parsed.tokens, anchor.end); t < parsed.tokens.length; t++) {
      const token = parsed.tokens[t] as { start: number; text: string }
      if (token.start >= until) break
      // Every pronoun opens with an h or an s: other words are passed without a lower-cased copy.
      const first = token.text.charCodeAt(0) | 0x20
      if (first !== 0x68 && first !== 0x73 && token.text.charCodeAt(0) < 0x80) continue
      const gender = PRONOUN_GENDERS[token.text.toLowerCase()]
      if (!gender) continue
      votes.set(anchor.actor, (votes.get(anchor.actor) ?? new Set<Gender>()).add(gender))
      break
    }
  }
  const found = new Map<string, Gender>()
  for (const [actor, genders] of votes) if (genders.size === 1) found.set(actor, [...genders][0] as Gender)
  return found
}

/** The gender an honorific gives a name: the mention's first word or the word before it. */
function honorificGender(view: string, anchor: Anchor): Gender | undefined {
  const own = /^[A-Za-z]+/.exec(view.slice(anchor.start, anchor.start + 12))?.[0]
  const before = /([A-Za-z]+)\.? $/.exec(view.slice(Math.max(0, anchor.start - 12), anchor.start))?.[1]
  return HONORIFIC_GENDER[own?.toLowerCase() ?? ''] ?? HONORIFIC_GENDER[before?.toLowerCase() ?? '']
}

/** A statement already resolved: where its source starts and who spoke. Kept in the order of the text. */
export interface EarlierSpeaker {
  at: number
  actor: string
  /** Where the words end: a quote may run on for sentences before "She added" carries its speaker on. */
  end?: number
  /** The pronoun a nameless spokesperson who gave these words takes ("a spokeswoman said … She added"). */
  voice?: 'he' | 'she' | 'either'
  /** Whether the words came from a writing ("the report said", "Brown's Britain, by Robert Peston, says"). */
  writing?: boolean
  /** Whether the source described the speaker without a name or a pronoun ("the prime minister said"). */
  described?: boolean
  /** What was said: a person named there is what the speaker talked about, not who is in view. */
  words?: Span
}

/**
 * The person a bare "he" or "she" at `at` stands for: the one the text is talking about, not merely the last
 * named. Each person named in this sentence or the five before scores for being near, for being a sentence's
 * subject (named first, not after a preposition, not a possessive "Mr Howard's stance"), for having just spoken,
 * and for being named often; a person of the other gender is never taken.
 * @example personForPronoun(discourse, 'he', 120, earlier) // 'person:cormac-murphy-oconnor'
 */
export function personForPronoun(
  discourse: Discourse,
  pronoun: string,
  at: number,
  earlier: readonly EarlierSpeaker[],
  content?: Span,
  replying?: string,
): string | undefined {
  const gender = PRONOUN_GENDER[pronoun.toLowerCase()]
  if (!gender) return undefined
  // "He said that Hartley had closed his business": who is named in what was said is not who said it.
  const named = new Set(
    content
      ? anchorsWithin(discourse.anchors, content.start, content.end)
          .filter((a) => a.form === 'name')
          .map((a) => a.actor)
      : [],
  )
  // "Mr Cole told him … He replied": no one replies to themselves.
  const accept = (actor: Actor) => !named.has(actor.id) && actor.id !== replying
  return (
    salientPerson(discourse, at, earlier, WINDOW, gender, accept) ??
    personNamedLater(discourse, at, gender, accept) ??
    onlyPersonOfTitle(discourse, at, gender, accept)
  )
}

/**
 * A pronoun far from any name in an article about one person ("David Blunkett in quotes" … '"…," he said'): the
 * person the title names, when no one else of that gender is named outside quotes before `at`.
 */
function onlyPersonOfTitle(
  discourse: Discourse,
  at: number,
  gender: Gender,
  accept: (actor: Actor) => boolean,
): string | undefined {
  const { title } = discourse.parsed
  if (!title) return undefined
  let found: string | undefined
  for (const anchor of discourse.anchors) {
    if (anchor.start >= at) break
    if (anchor.kind !== 'person' || anchor.form !== 'name' || insideQuote(discourse.quoted, anchor)) continue
    const known = discourse.genders.get(anchor.actor)
    if (known !== undefined && known !== gender) continue
    if (found === undefined) {
      const actor = discourse.actors.get(anchor.actor)
      if (anchor.end > title.end || !actor || !accept(actor)) return undefined
      found = anchor.actor
    } else if (anchor.actor !== found) return undefined
  }
  return found
}

/**
 * A pronoun that opens the text before anyone is named points ahead: "He called it his strategy, and now Tony Blair
 * has signed up" — the first person of that gender named later in the same sentence.
 */
function personNamedLater(
  discourse: Discourse,
  at: number,
  gender: Gender,
  accept: (actor: Actor) => boolean,
): string | undefined {
  const { parsed, anchors } = discourse
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, at)]
  if (!sentence) return undefined
  for (let i = countStartingBefore(anchors, at); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= sentence.end) break
    if (anchor.kind !== 'person' || anchor.form !== 'name') continue
    const actor = discourse.actors.get(anchor.actor)
    const known = discourse.genders.get(anchor.actor)
    if (actor && accept(actor) && (known === undefined || known === gender)) return anchor.actor
  }
  return undefined
}

// How far back a pronoun looks, in sentences, and what a name counts for at each distance.
const WINDOW = 5
const NEARNESS = [3, 2.5, 1.5, 1, 0.7, 0.5]
// Words that open a clause hung on another, whose subject is not the sentence's.
const SUBORDINATORS = new Set(
  'where when while whereas although though because since if unless after before until'.split(' '),
)

/**
 * The person the text is most about just before `at`: see personForPronoun. With a gender, a person of the other
 * gender is never taken; the last speaker counts even from further back than `window` sentences, as news keeps
 * quoting one person across paragraphs ("Mr Brown said … . … , he argued").
 */
function salientPerson(
  discourse: Discourse,
  at: number,
  earlier: readonly EarlierSpeaker[],
  window: number,
  gender?: Gender,
  accept: (actor: Actor) => boolean = () => true,
): string | undefined {
  let best: string | undefined
  let bestScore = -Infinity
  for (const [actor, score] of salienceScores(discourse, at, earlier, window, gender, accept)) {
    if (score > bestScore) {
      best = actor
      bestScore = score
    }
  }
  return best
}

/**
 * The latest speaker less than 1,500 characters before `at` that `fits`: read back from the end of `earlier` (in the
 * order of the text) and no further than that reach, not over a reversed copy of every speaker so far, which grew as
 * the square of a long text's statements.
 */
function latestSpeakerWithin(
  earlier: readonly EarlierSpeaker[],
  at: number,
  fits: (actor: string) => boolean,
): EarlierSpeaker | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const spoke = earlier[i] as EarlierSpeaker
    if (spoke.at >= at) continue
    if (at - spoke.at >= 1500) return undefined
    // "The book, by Tom Reed, says …": a writing's words do not bring its author into view as a speaker.
    if (spoke.writing) continue
    if (fits(spoke.actor)) return spoke
  }
  return undefined
}

/**
 * How much each person is in view just before `at` (see personForPronoun), as scores: near, a subject, just
 * spoken, often named; a "he" or "she" the actors stage linked to them counts as a name. The people a look-up may take are those `accept` allows, of `gender` when given.
 * @example salienceScores(discourse, 300, earlier, 2).get('person:tony-blair') // 4.2
 */
export function salienceScores(
  discourse: Discourse,
  at: number,
  earlier: readonly EarlierSpeaker[],
  window: number,
  gender?: Gender,
  accept: (actor: Actor) => boolean = () => true,
): Map<string, number> {
  const { parsed, anchors } = discourse
  const sentence = sentenceIndexAt(parsed.sentences, at)
  if (sentence < 0) return new Map()
  const from = (parsed.sentences[Math.max(0, sentence - window)] as Sentence).start
  const fits = (actor: string) => {
    const known = discourse.genders.get(actor)
    const found = discourse.actors.get(actor)
    return found?.kind === 'person' && !(gender && known && known !== gender) && accept(found)
  }
  const reported = reportedWords(earlier, from, at)
  const scores = new Map<string, number>()
  for (let i = countStartingBefore(anchors, from); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= at) break
    // "Mr Vale's plan … . In his speech, he set out …": counted as near as a name, without a subject's weight.
    if (anchor.form === 'pronoun') {
      if (linkedSubjectPronoun(discourse, anchor, earlier) && fits(anchor.actor)) {
        const near = NEARNESS[sentence - sentenceIndexAt(parsed.sentences, anchor.start)] ?? 0
        scores.set(anchor.actor, Math.max(scores.get(anchor.actor) ?? -Infinity, near))
      }
      continue
    }
    if (
      anchor.kind !== 'person' ||
      (anchor.form !== 'name' && anchor.form !== 'title') ||
      !fits(anchor.actor) ||
      isOtherOfficeTitle(discourse, anchor)
    )
      continue
    const distance = sentence - sentenceIndexAt(parsed.sentences, anchor.start)
    let score = NEARNESS[distance] ?? 0
    // "Tom Vale liked to boast, the Tory leader said": who reports is more in view than whom the report is about.
    if (reportsSpeech(parsed, anchor)) score *= 2
    else if (isSubject(discourse, anchor)) score *= 1.8
    if (/^'s?\b/.test(parsed.view.slice(anchor.end, anchor.end + 3))) score *= 0.4
    if (PREPOSITIONS.has(wordBefore(parsed, anchor.start))) score *= 0.6
    // "'Gordon Brown is a great chancellor,' he said": whom a quote names is what was said, not who is in view.
    if (insideQuote(discourse.quoted, anchor)) score *= 0.3
    // "…, ignoring a Law Lords ruling, he said. He also criticised …": whom reported speech names is what was said.
    else if (reported.some((s) => s.actor !== anchor.actor && within(s.words, anchor))) score *= 0.4
    scores.set(anchor.actor, Math.max(scores.get(anchor.actor) ?? -Infinity, score))
  }
  describedSpeakers(discourse, earlier, from, at, sentence, fits, scores)
  const lastSpeaker = latestSpeakerWithin(earlier, at, fits)
  if (lastSpeaker && !scores.has(lastSpeaker.actor)) scores.set(lastSpeaker.actor, 0)
  // Speaking in this sentence or the one before keeps a person in view more than speaking paragraphs ago.
  const lastSpeakerNear =
    lastSpeaker !== undefined && sentence - sentenceIndexAt(parsed.sentences, lastSpeaker.at) <= 1
  const totals = new Map<string, number>()
  for (const [actor, base] of scores) {
    let score = base + 0.2 * Math.min(discourse.mentionCounts.get(actor) ?? 0, 5)
    if (lastSpeaker?.actor === actor) score += lastSpeakerNear ? 2 : 0.8
    totals.set(actor, score)
  }
  return totals
}

/**
 * Whether a "he" or "she" the actors stage linked to a person counts as a mention of them: "In his speech, he set out
 * …" keeps talking about the one it stands for. Not a pronoun in quotes or in someone else's reported words, nor one
 * a statement before gave another speaker. Reads back over the statements of the last 1,500 characters only.
 */
function linkedSubjectPronoun(
  discourse: Discourse,
  anchor: Anchor,
  earlier: readonly EarlierSpeaker[],
): boolean {
  if (anchor.form !== 'pronoun' || anchor.kind !== 'person') return false
  if (!/^(?:he|she)$/i.test(discourse.parsed.view.slice(anchor.start, anchor.end))) return false
  if (insideQuote(discourse.quoted, anchor)) return false
  for (let i = earlier.length - 1; i >= 0; i--) {
    const spoke = earlier[i] as EarlierSpeaker
    if (spoke.at < anchor.start - 1500) break
    if (spoke.at === anchor.start) return spoke.actor === anchor.actor
    if (spoke.words && spoke.actor !== anchor.actor && within(spoke.words, anchor)) return false
  }
  return true
}

/** The earlier statements whose reported words lie partly between `from` and `at`. */
function reportedWords(
  earlier: readonly EarlierSpeaker[],
  from: number,
  at: number,
): (EarlierSpeaker & { words: Span })[] {
  const found: (EarlierSpeaker & { words: Span })[] = []
  for (let i = earlier.length - 1; i >= 0; i--) {
    const spoke = earlier[i] as EarlierSpeaker
    if (spoke.at < from - 1500) break
    if (spoke.words && spoke.words.end > from && spoke.words.start < at)
      found.push({ ...spoke, words: spoke.words })
  }
  return found
}

/** Whether `span` lies inside `outer`. */
function within(outer: Span, span: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end
}

/**
 * Speakers found from a description between `from` and `at` ("the prime minister talked about …", resolved to Tom
 * Vane) are mentions of that person as much as a name is: without them, a chancellor named once in passing before
 * outweighs the prime minister the last paragraph described speaking. Scored as a name that reports speech.
 */
function describedSpeakers(
  discourse: Discourse,
  earlier: readonly EarlierSpeaker[],
  from: number,
  at: number,
  sentence: number,
  fits: (actor: string) => boolean,
  scores: Map<string, number>,
): void {
  const { sentences } = discourse.parsed
  for (let i = earlier.length - 1; i >= 0; i--) {
    const spoke = earlier[i] as EarlierSpeaker
    if (spoke.at >= at) continue
    if (spoke.at < from) break
    if (!spoke.described || !fits(spoke.actor)) continue
    const score = (NEARNESS[sentence - sentenceIndexAt(sentences, spoke.at)] ?? 0) * 2
    scores.set(spoke.actor, Math.max(scores.get(spoke.actor) ?? -Infinity, score))
  }
}

/**
 * Whether a title names an office its linked person holds only as another ("the chancellor" linked to the shadow
 * chancellor): that mention is of someone else, and does not keep the linked person in view.
 */
function isOtherOfficeTitle(discourse: Discourse, anchor: Anchor): boolean {
  if (anchor.form !== 'title') return false
  const role = discourse.actors.get(anchor.actor)?.role
  if (role === undefined) return false
  if (otherOffices(role).length === 0) return false
  return otherOffices(discourse.parsed.view.slice(anchor.start, anchor.end)).length === 0
}

/**
 * The person a definite description stands for ("the Conservative MP said", "the minister added"): the one person
 * whose role ends in those words ("the prime minister" → "Prime Minister Tony Blair"), else the person the last
 * two sentences are about, unless that person's role says otherwise ("the Tory leader" is not a "Liberal
 * Democrat leader").
 * @example personForDescription(discourse, 'conservative mp', 300, earlier) // 'person:chris-grayling'
 */
export function personForDescription(
  discourse: Discourse,
  phrase: string,
  at: number,
  earlier: readonly EarlierSpeaker[],
  modifier?: string,
): string | undefined {
  const words = phrase.toLowerCase().split(' ')
  const head = words.at(-1) as string
  // A bare "the owner" is the one person the text gave that role before, no one when it gave it to two ("the FBI
  // director" is not any director's).
  if (words.length === 1 && isRoleNoun(head)) {
    const held = roleHolder(discourse, head, at)
    if ('actor' in held) return held.actor
    if (held.none === 'ambiguous') return undefined
  }
  // Read on the phrase as written: "ex-Wallaby" is an epithet by its capital, "ex-wife" is not.
  const epithet = isPersonEpithet(phrase.split(' ').at(-1) ?? '') || isNationPhrase(phrase)
  const modified = words.length > 1
  // "the Tory leader" is no one whose party the text gives as another; a party says nothing against a country.
  const sided = (actor: Actor) =>
    modifier === undefined ||
    actor.affiliation === undefined ||
    actor.affiliation === modifier ||
    kindOfId(actor.affiliation) !== kindOfId(modifier)
  const roleOf = (actor: Actor) => actor.role?.toLowerCase()
  const holds = (actor: Actor) => {
    const role = roleOf(actor)
    if (role === undefined) return false
    if (role === phrase) return true
    if (!role.endsWith(` ${phrase}`) && (modified || role.split(' ').at(-1) !== head)) return false
    // "the foreign secretary" is not the shadow foreign secretary, nor a former or deputy one.
    return otherOffices(phrase).length > 0 || otherOffices(role).length === 0
  }
  // "the Democrat senator" for "Senator Tom Reed": a bare office says nothing against the words before the head.
  const holdsUnqualified = (actor: Actor) => modified && roleOf(actor) === head
  const holders = [...discourse.actors.values()].filter(
    (actor) => actor.kind === 'person' && holds(actor) && sided(actor),
  )
  if (holders.length === 1) return holders[0]?.id
  // "said the Frenchman": whom the text named with that nation comes before whom it described with the word.
  if (isNationEpithet(phrase)) return personForNation(discourse, phrase, words, at, earlier, sided)
  const described = personDescribedAs(discourse, words, at)
  // "soul star Tom Reed", named once pages back, is not "the star" of a passage about someone else.
  if (described && (!epithet || namedWithin(discourse, described, at, DESCRIBED_REACH))) return described
  if (epithet) return personForEpithet(discourse, words, at, earlier, sided)
  // "the prime minister's spokesman" speaks for someone else: the person the text is about is not them.
  if (!isPersonNoun(head) || isOwnedAgent(words)) return undefined
  // "the spokesman said": one who speaks for another is not the person the text is about, only one given that post.
  if (SPOKESPERSON_NOUNS.has(head)) return undefined
  return salientPerson(
    discourse,
    at,
    earlier,
    2,
    undefined,
    (actor) => (roleOf(actor) === undefined || holds(actor) || holdsUnqualified(actor)) && sided(actor),
  )
}

/**
 * The person an epithet stands for ("the 23-year-old", "the Two Ronnies star"): the one the text gave that age
 * ("Tom Reed, 23,") or brought in with that noun ("a comedian, Tom Reed,"), else the person the last sentences are
 * about, unless the text brought in someone unnamed with that noun ("a comedian from Leeds … the comedian said").
 */
function personForEpithet(
  discourse: Discourse,
  words: readonly string[],
  at: number,
  earlier: readonly EarlierSpeaker[],
  sided: (actor: Actor) => boolean,
): string | undefined {
  const age = epithetAge(words)
  const aged = age === undefined ? undefined : personDescribedAs(discourse, [age], at)
  if (aged) return aged
  const introduced = introducedWith(discourse, words.at(-1) as string, at)
  if (introduced !== undefined) return introduced === UNNAMED ? undefined : introduced
  return salientPerson(discourse, at, earlier, EPITHET_WINDOW, undefined, sided)
}

/**
 * The person a nation epithet stands for ("said the Frenchman"): the one person named with that nation in the last
 * sentences ("Frenchman Luc Abel"), none when two were, else as for any epithet among those given no other nation.
 */
function personForNation(
  discourse: Discourse,
  nation: string,
  words: readonly string[],
  at: number,
  earlier: readonly EarlierSpeaker[],
  sided: (actor: Actor) => boolean,
): string | undefined {
  const nations = nationsOfPeople(discourse, at)
  const named = peopleOfNation(nations, nation).filter((actor) =>
    namedWithin(discourse, actor, at, DESCRIBED_REACH),
  )
  if (named.length > 1) return undefined
  if (named.length === 1) return named[0]
  const described = personDescribedAs(discourse, words, at)
  if (
    described &&
    namedWithin(discourse, described, at, DESCRIBED_REACH) &&
    mayBeOfNation(nations, nation, described)
  )
    return described
  return personForEpithet(
    discourse,
    words,
    at,
    earlier,
    (actor) => sided(actor) && mayBeOfNation(nations, nation, actor.id),
  )
}

// How far back an epithet looks, in sentences: a report names its subject, then calls them "the 23-year-old" a few
// sentences on.
const EPITHET_WINDOW = 3
// How recently, in sentences, a person described with an epithet must have been named for the epithet to be theirs.
const DESCRIBED_REACH = 8

/** Whether the text names `actor` (by name or title) in the `reach` sentences before `at` or in its own. */
function namedWithin(discourse: Discourse, actor: string, at: number, reach: number): boolean {
  const { parsed, anchors } = discourse
  const sentence = sentenceIndexAt(parsed.sentences, at)
  const from = parsed.sentences[Math.max(0, sentence - reach)]?.start ?? 0
  for (let i = countStartingBefore(anchors, from); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= at) return false
    if (anchor.actor === actor && (anchor.form === 'name' || anchor.form === 'title')) return true
  }
  return false
}
// How many words may come between "a" and the noun it brings in: "a 23-year-old Leeds comedian".
const INDEFINITE_REACH = 3
// What introducedWith answers for someone brought in without a name.
const UNNAMED = ''

/**
 * Whom "a"/"an" brings in with `noun` in the sentences an epithet looks back over (the latest): the person named
 * right after it ("a comedian, Tom Reed,"), else UNNAMED; undefined when the noun is brought in nowhere there.
 */
function introducedWith(discourse: Discourse, noun: string, at: number): string | undefined {
  const { parsed } = discourse
  const sentence = sentenceIndexAt(parsed.sentences, at)
  const from = parsed.sentences[Math.max(0, sentence - EPITHET_WINDOW)]?.firstToken ?? 0
  const { tokens } = parsed
  let found: string | undefined
  for (let i = from; i < tokens.length && (tokens[i] as Token).start < at; i++) {
    if ((tokens[i] as Token).text.toLowerCase() !== noun) continue
    for (let k = i - 1; k >= Math.max(from, i - 1 - INDEFINITE_REACH); k--) {
      const word = (tokens[k] as Token).text.toLowerCase()
      if (word === 'a' || word === 'an') {
        found = personNamedAfter(discourse, i) ?? UNNAMED
        break
      }
      if (!/^[\p{L}\d-]+$/u.test(word)) break
    }
  }
  return found
}

/** The person named right after a comma that follows the noun at token `noun`: "a comedian, Tom Reed,". */
function personNamedAfter(discourse: Discourse, noun: number): string | undefined {
  const { tokens } = discourse.parsed
  const next = tokens[noun + 1]?.text === ',' ? tokens[noun + 2] : undefined
  if (next === undefined) return undefined
  const anchor = discourse.anchors[countStartingBefore(discourse.anchors, next.start)]
  return anchor !== undefined && anchor.start === next.start && anchor.kind === 'person'
    ? anchor.actor
    : undefined
}

/** The kind an actor id names: "organization" of "organization:labour-party". */
function kindOfId(id: string): string {
  return id.slice(0, id.indexOf(':'))
}

// Head nouns of a description of one person ("the minister", "the Conservative MP").
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  'mp minister secretary leader chancellor premier president senator governor mayor congressman congresswoman lawmaker chairman chairwoman chair spokesman spokeswoman spokesperson ambassador envoy director executive chief boss founder judge peer candidate councillor commissioner treasurer attorney prosecutor general nominee justice archbishop bishop cardinal rabbi imam cleric'.split(
    ' ',
  ),
)

// A prefix that makes a title of a title: "co-chairman", "vice-president", "joint-leader".
export const TITLE_PREFIX = /^(?:co|vice|deputy|acting|joint)-/

/** Whether a word is the head of a description of one person, a title with a prefix too ("the co-chairman"). */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || PERSON_NOUNS.has(word.replace(TITLE_PREFIX, ''))
}

// Heads of a description of someone who speaks for another: never the person the text is about.
const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson'])

/**
 * The actor a relative pronoun source stands for: the name just before it ("Labour MP Eric Joyce, who …"), or,
 * when an appositive comes between ("Chi Onwurah, the MP for Newcastle Central, who …"), the name the
 * appositive describes; a common noun before it ("Tory MPs who said") leaves it unresolved.
 * @example actorForRelative(discourse, 140) // 'person:chi-onwurah'
 */
export function actorForRelative(discourse: Discourse, at: number): string | undefined {
  const { parsed } = discourse
  const { tokens } = parsed
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, at)]
  if (!sentence) return undefined
  let p = countStartingBefore(tokens, at) - 1
  const afterComma = tokens[p]?.text === ','
  if (afterComma) p--
  const relative = p + (afterComma ? 2 : 1)
  // "the Vale Trust (VT), which said", "President Tom Reed himself, who told": the name before the bracket or
  // the reflexive.
  if (afterComma) p = beforeBracket(tokens, p)
  if (REFLEXIVE.test(tokens[p]?.text ?? '')) p--
  const last = tokens[p]
  if (!last || last.start < sentence.start) return undefined
  const named = namedEndingAt(discourse, last.end)
  // "the MP for Newcastle Central, who": a place after a preposition describes the one "who" stands for; "an adviser
  // for Labour, which denies": "which" stands for a body, wherever it is named.
  const which = tokens[relative]?.text.toLowerCase() === 'which'
  if (named && (which || named.kind === 'person' || !PREPOSITIONS.has(wordBefore(parsed, named.start))))
    return named.actor
  if (!afterComma) return apposedBefore(discourse, p, sentence.firstToken)
  for (let i = p; i >= sentence.firstToken; i--) {
    const token = tokens[i] as { start: number; end: number; text: string }
    if (token.text !== ',') continue
    const before = tokens[i - 1]
    return before ? namedEndingAt(discourse, before.end)?.actor : undefined
  }
  return undefined
}

// A reflexive after a name, which the relative pronoun passes over: "President Tom Reed himself, who told".
const REFLEXIVE = /^(?:himself|herself|itself|themselves)$/i
// How many tokens a bracket after a name may hold: "(VT)", "(D-Ore.)".
const BRACKET_REACH = 8

/** The token before a bracket that ends at token `p` ("(VT)"), or `p` when no bracket ends there. */
function beforeBracket(tokens: readonly Token[], p: number): number {
  if (tokens[p]?.text !== ')') return p
  for (let open = p - 1; open >= 0 && p - open <= BRACKET_REACH; open--)
    if (tokens[open]?.text === '(') return open - 1
  return p
}

// How many words an appositive's noun phrase may hold before a relative pronoun: ", a small local group which".
const APPOSITIVE_REACH = 6

/**
 * The name an appositive describes when a relative pronoun follows its noun with no comma: "the Sierra Club, a
 * local group which said …" — "a local group" opens with an article right after the name's comma.
 */
function apposedBefore(discourse: Discourse, last: number, floor: number): string | undefined {
  const { tokens } = discourse.parsed
  for (let i = last; i >= Math.max(floor, last - APPOSITIVE_REACH); i--) {
    const word = (tokens[i] as Token).text
    if (/^[,;:.()"]$/.test(word)) return undefined
    if (!/^(?:a|an|the)$/i.test(word)) continue
    const comma = tokens[i - 1]
    const before = tokens[i - 2]
    if (comma?.text !== ',' || !before) return undefined
    return namedEndingAt(discourse, before.end)?.actor
  }
  return undefined
}

/**
 * The name a source describes in apposition: "The California grid operator, the nonprofit entity that runs the grid,
 * said" has the source "the nonprofit entity …" right after the name that opens the sentence and its comma. The name
 * may also open a clause ("In his reply, Ed Vale, the dean of the school, said", "Still, Ed Vale, a senior adviser,
 * said") when the appositive closes with a comma, and may carry a bracket ("Rep. Ann Lee (D-Ore.), chair of …").
 * A source that is an aside of its own, its cue right after it and a comma right after the cue ("Tom Reed, aides
 * said, will resign"), is those people, not the name before it.
 * @example nameBeforeAppositive(discourse, source, cue) // 'organization:california-iso'
 */
export function nameBeforeAppositive(discourse: Discourse, source: Span, cue?: Span): string | undefined {
  const { tokens, view } = discourse.parsed
  if (cue && isAside(tokens, source, cue)) return undefined
  const words = view.slice(source.start, source.end)
  // "the dean of …", "chair of …", "Labour's election strategist", "Chief Executive of the Vale Trust".
  const describes =
    /^(?:the|a|an)\s/i.test(words) ||
    /^\p{Ll}/u.test(words) ||
    /^\p{Lu}\S*['\u2019]s\s/u.test(words) ||
    opensWithOffice(discourse, source, words)
  if (!describes) return undefined
  let i = countStartingBefore(tokens, source.start) - 1
  if (tokens[i]?.text !== ',') return undefined
  i--
  // "Rep. Ann Lee (D-Ore.),": the bracket after the name.
  if (tokens[i]?.text === ')') {
    let open = i - 1
    while (open > i - 8 && open >= 0 && tokens[open]?.text !== '(') open--
    if (tokens[open]?.text !== '(') return undefined
    i = open - 1
  }
  const before = tokens[i]
  if (!before) return undefined
  const named = namedEndingAt(discourse, before.end)
  if (!named) return undefined
  if (opensSentence(discourse.parsed, named.start)) return named.actor
  // "…, Alan Milburn, Labour's election strategist told …": after a comma the appositive may run to the cue.
  const closed = tokens[countStartingBefore(tokens, source.end)]?.text === ','
  const afterComma = tokens[countStartingBefore(tokens, named.start) - 1]?.text === ','
  return (closed || afterComma) && opensClause(discourse.parsed, named.start) ? named.actor : undefined
}

/**
 * Whether a source is an office written in capitals with no one's name in it ("Chief Executive of the Vale Trust",
 * "Labour MP for Leeds", "Vale Party leader"), as an appositive after a name writes it; not "President Ann Lee",
 * nor a list.
 */
function opensWithOffice(discourse: Discourse, source: Span, words: string): boolean {
  if (!/^\p{Lu}/u.test(words) || /\sand\s/.test(words)) return false
  const opening = words.split(/\s+/, 4)
  const office = opening.findIndex((word) => PERSON_NOUNS.has(word.toLowerCase()))
  if (office < 0 || !opening.slice(0, office).every((word) => /^\p{Lu}/u.test(word))) return false
  const { anchors } = discourse
  for (let i = countStartingBefore(anchors, source.start); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= source.end) break
    if (anchor.kind === 'person') return false
  }
  return true
}

/** Whether a source and its cue make an aside: the cue right after the source, then a comma and more words. */
function isAside(tokens: readonly Token[], source: Span, cue: Span): boolean {
  if (cue.start < source.end) return false
  const between = countStartingBefore(tokens, cue.start) - countStartingBefore(tokens, source.end)
  if (between !== 0) return false
  const after = countStartingBefore(tokens, cue.end)
  return (
    tokens[after]?.text === ',' &&
    tokens[after + 1] !== undefined &&
    /^\p{L}/u.test(tokens[after + 1]?.text ?? '')
  )
}

// An age written before a name: "81-year-old", "57-year-old".
const AGE_BEFORE = /^\d{1,3}-year-old$/i
// Words after which a name opens a clause: "Still, Ed Vale, …", "But Ed Vale, …".
// A closing quote too: '"…," Ed Vale, chair of the panel, said'.
const CLAUSE_OPENERS = /^(?:,|"|\u201d|but|and|yet|so|still|meanwhile|however|while|as)$/i

/** Whether a name opens a clause: after a comma or a conjunction, with at most three title words between. */
function opensClause(parsed: ParsedArticle, offset: number): boolean {
  const { tokens } = parsed
  let i = countStartingBefore(tokens, offset) - 1
  for (let k = 0; k < 3 && /^\p{Lu}\p{L}*\.?$/u.test(tokens[i]?.text ?? ''); k++) i--
  // "81-year-old Tom Reed, a farmer, said": an age before the name.
  if (AGE_BEFORE.test(tokens[i]?.text ?? '')) i--
  const word = tokens[i]
  if (!word) return true
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, offset)]
  if (sentence && word.end <= sentence.start) return true
  return CLAUSE_OPENERS.test(word.text)
}

/** Whether only "the" stands between a sentence's start and `offset` ("Speaking in the Commons, …" is not). */
function opensSentence(parsed: ParsedArticle, offset: number): boolean {
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, offset)]
  if (!sentence) return false
  return /^\W*(?:the\s+)?$/i.test(parsed.view.slice(sentence.start, offset))
}

/** The person, organization or group named by words that end at `end`. */
function namedEndingAt(discourse: Discourse, end: number): Anchor | undefined {
  return anchorEndingAt(
    discourse.anchors,
    end,
    (anchor) => anchor.form !== 'demonym' && anchor.form !== 'pronoun' && namesSpeaker(anchor),
  )
}

// Head nouns of a descriptor source that name an organization ("the company said", "the corporation said").
const ORGANIZATION_NOUNS = new Set(
  'company corporation firm group party union airline bank operator organisation organization association charity club body regulator watchdog network broadcaster retailer manufacturer carrier insurer giant carmaker drugmaker lender supermarket conglomerate monopoly chain utility wholesaler exporter importer'.split(
    ' ',
  ),
)
// Head nouns of bodies whose names carry them ("the committee" is a Committee the text names, not any body).
const INSTITUTION_NOUNS = new Set(
  'ministry department agency committee court council commission board institute university authority tribunal inquiry panel hospital school college trust foundation society league federation alliance coalition fund service'.split(
    ' ',
  ),
)

/** Whether a noun names a company or a like body that any name may be ("the firm", "the group"), not an institution. */
export function isCompanyNoun(word: string): boolean {
  return ORGANIZATION_NOUNS.has(word.toLowerCase())
}

/** Whether a noun names a body that speaks ("the company", "the committee"). */
export function isBodyNoun(word: string): boolean {
  const lower = word.toLowerCase()
  return ORGANIZATION_NOUNS.has(lower) || INSTITUTION_NOUNS.has(lower)
}

/**
 * The actor a descriptor source stands for: "the prime minister" is the one person whose role has that head
 * ("Prime Minister Tony Blair"); "the company" is the organization most in view in the last sentences: named there
 * most, as a subject or a speaker, in the same paragraph, named often in the article, the last body that spoke.
 * @example actorForDescriptor(discourse, { start: 0, end: 11 }) // 'organization:baa'
 */
export function actorForDescriptor(
  discourse: Discourse,
  source: { start: number; end: number },
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const { parsed, anchors } = discourse
  const words = parsed.view.slice(source.start, source.end).trim()
  // "Its founder said", "the manager of the depot said": a role held by the one person the text gave it before.
  const role = /^(?:its (\S+)|their (\S+)|the (\S+) of \S.*)$/i.exec(words)?.slice(1).find(Boolean)
  if (role !== undefined && isRoleNoun(role)) {
    const held = roleHolder(discourse, role, source.start)
    return 'actor' in held ? held.actor : undefined
  }
  // "The UK's biggest lender": a country's possessive may qualify the noun.
  const match = /^(?:the|this|that) ((?:[A-Za-z-]+(?:['\u2019]s)? ){0,3})([A-Za-z-]+)$/i.exec(words)
  if (!match) return undefined
  const head = (match[2] as string).toLowerCase()
  const named = bodyNameEndingIn(discourse, `${match[1] ?? ''}${head}`.toLowerCase(), source.start)
  if (named) return named
  const institution = INSTITUTION_NOUNS.has(head)
  // "the news agency": the word before the head, which a body the text calls by that noun must share.
  const modifier = /([A-Za-z-]+) $/.exec(match[1] ?? '')?.[1]?.toLowerCase()
  if (ORGANIZATION_NOUNS.has(head) || institution) {
    const sentence = sentenceIndexAt(parsed.sentences, source.start)
    const from = (parsed.sentences[Math.max(0, sentence - 5)] as Sentence | undefined)?.start ?? 0
    const counts = new Map<string, number>()
    const paragraphAt = (at: number) => parsed.paragraphs[countStartingBefore(parsed.paragraphs, at + 1) - 1]
    const paragraph = paragraphAt(source.start)
    for (let i = countStartingBefore(anchors, from); i < anchors.length; i++) {
      const anchor = anchors[i] as Anchor
      if (anchor.start >= source.start) break
      if (anchor.kind !== 'organization' || anchor.form === 'pronoun') continue
      if (institution && !calledBy(discourse, anchor, head, modifier)) continue
      // A body named in an earlier paragraph is less in view than one its own paragraph names.
      const weight =
        bodyWeight(discourse, anchor) * (paragraph?.start === paragraphAt(anchor.start)?.start ? 1 : 0.5)
      counts.set(anchor.actor, (counts.get(anchor.actor) ?? 0) + weight + anchor.start / 1e9)
    }
    // A body the whole article names often is the one it is about.
    for (const [actor, count] of counts)
      counts.set(actor, count + 0.2 * Math.min(discourse.mentionCounts.get(actor) ?? 0, 5))
    // "GM said profits would fall. '…,' the company said": the body that spoke last is in view.
    const spoke = [...earlier].reverse().find((e) => e.at < source.start && source.start - e.at < 1500)
    const spokeCount = spoke && counts.get(spoke.actor)
    if (spoke && spokeCount !== undefined) {
      const justSpoke = sentence - sentenceIndexAt(parsed.sentences, spoke.at) <= 1
      counts.set(spoke.actor, spokeCount + (justSpoke ? 2 : 0.8))
    }
    const near = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
    if (near) return near
    return institution ? onlyBodyNamed(discourse, head, source.start) : headlineCompany(discourse, sentence)
  }
  // "the club's ex-Wallaby": lower-cased as definiteDescription does, keeping the capital isPersonEpithet reads.
  return personForDescription(
    discourse,
    descriptionCase(`${match[1] ?? ''}${match[2]}`.trim()),
    source.start,
    earlier,
  )
}

/**
 * Whether the text calls a body by an institution noun: its name holds the noun ("the Child Support Agency"), or the
 * noun stands beside the name, with at most one word between ("AP news agency", "ratings agency Fitch", "the IPCL
 * board"). A description's own modifier must be the one beside the name: "the aid agency" is not "Reuters news agency".
 */
function calledBy(discourse: Discourse, anchor: Anchor, head: string, modifier?: string): boolean {
  if (discourse.actors.get(anchor.actor)?.name.toLowerCase().includes(head)) return true
  const { view } = discourse.parsed
  const after = view.slice(anchor.end, anchor.end + 40)
  const before = view.slice(Math.max(0, anchor.start - 40), anchor.start)
  // The noun right beside the name ("the IPCL board"), or one word further ("AP news agency").
  if (new RegExp(`^ ${head}\\b`).test(after) || before.endsWith(` ${head} `)) return true
  const apart = [/^ ([a-z-]+) ([a-z]+)\b/.exec(after), /\b([a-z-]+) ([a-z]+) $/.exec(before)]
  return apart.some((beside) => beside?.[2] === head && (modifier === undefined || beside[1] === modifier))
}

// How many sentences into the body the headline's company stays in view for a "the company" with no other in view.
const HEADLINE_REACH = 5

/**
 * The company the headline names when a "the firm" in the lead has no body named before it in the body ("Vexco
 * shares hit" … "Shares in the doughnut chain fell after the firm revealed …"): the one organization the headline
 * names; none when it names two.
 */
function headlineCompany(discourse: Discourse, sentence: number): string | undefined {
  const { title } = discourse.parsed
  if (!title || sentence > HEADLINE_REACH) return undefined
  let found: string | undefined
  for (const anchor of discourse.anchors) {
    if (anchor.start >= title.end) break
    if (anchor.start < title.start || anchor.kind !== 'organization' || anchor.form !== 'name') continue
    if (found !== undefined && found !== anchor.actor) return undefined
    found = anchor.actor
  }
  return found
}

/**
 * How much one naming of a body puts it in view for a later "the company": a body that reports or opens its
 * sentence ("Vexco has cut jobs after buying Pellcom. The company said …") more than one after a preposition,
 * after the "by" of a passive ("fined by the regulator") or inside a quote.
 */
function bodyWeight(discourse: Discourse, anchor: Anchor): number {
  const { parsed } = discourse
  let weight = reportsSpeech(parsed, anchor) || isSubject(discourse, anchor) ? 2 : 1
  const before = wordBefore(parsed, anchor.start)
  if (PREPOSITIONS.has(before) || before === 'by') weight *= 0.5
  if (insideQuote(discourse.quoted, anchor)) weight *= 0.3
  return weight
}

// How far back, in sentences, a body's name is looked for when a description repeats the end of it.
const NAME_TAIL_WINDOW = 10

/**
 * The body a description names by the last words of its name: "the assembly government" after "the Welsh Assembly
 * Government", "the health board" after "Powys Health Board" — the latest such body named in the last sentences.
 */
function bodyNameEndingIn(discourse: Discourse, words: string, at: number): string | undefined {
  const { parsed, anchors } = discourse
  const sentence = sentenceIndexAt(parsed.sentences, at)
  const from =
    (parsed.sentences[Math.max(0, sentence - NAME_TAIL_WINDOW)] as Sentence | undefined)?.start ?? 0
  for (let i = countStartingBefore(anchors, at) - 1; i >= 0; i--) {
    const anchor = anchors[i] as Anchor
    if (anchor.start < from) break
    if (anchor.form !== 'name' || (anchor.kind !== 'organization' && anchor.kind !== 'group')) continue
    const name = parsed.view.slice(anchor.start, anchor.end).toLowerCase()
    if (name.endsWith(` ${words}`)) return anchor.actor
  }
  return undefined
}

/** Spans sorted by start, overlapping ones joined. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = []
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ start: span.start, end: span.end })
  }
  return merged
}

/** Whether a span lies inside one of the quoted spans (sorted by start, not nested). */
export function insideQuote(quoted: readonly Span[], span: Span): boolean {
  const i = countStartingBefore(quoted, span.start + 1) - 1
  const quote = quoted[i]
  return quote !== undefined && quote.start <= span.start && span.end <= quote.end
}

// Verbs of speech after their subject ("…, the Tory leader said."), and those that also come before it ("…," said
// Mr Vale) where a name after them is no object ("told Mr Vale" is).
const SPEECH_AFTER =
  /^(?:said|says|added|adds|told|tells|argued|argues|insisted|insists|warned|warns|claimed|claims|stressed|stresses|explained|explains|replied|replies|continued|continues)$/i
const SPEECH_BEFORE = /^(?:said|says|added|adds|insisted|insists|explained|explains|continued|continues)$/i
// Words between a speaker's name and its verb of speech: "has said", "had also warned".
const AUXILIARY = /^(?:has|have|had|also)$/i
// What closes the clause of a closing attribution.
const CLAUSE_END = /^[.,;:!?]$/

/**
 * Whether a name is the one who speaks in its sentence though not named first: the speaker of an attribution that
 * closes it ("Mr Vale liked to …, the Tory leader said.", "…," said Mr Vale.), the verb and name last in the clause.
 */
function reportsSpeech(parsed: ParsedArticle, anchor: Anchor): boolean {
  const { tokens } = parsed
  let next = countStartingBefore(tokens, anchor.end)
  // "…, Charles Kennedy has said.": an auxiliary or "also" may stand between the name and its verb.
  while (next < tokens.length && AUXILIARY.test(tokens[next]?.text ?? '')) next++
  const after = tokens[next]
  if (after && SPEECH_AFTER.test(after.text)) return CLAUSE_END.test(tokens[next + 1]?.text ?? '.')
  return SPEECH_BEFORE.test(wordBefore(parsed, anchor.start)) && CLAUSE_END.test(after?.text ?? '.')
}

/** Whether a name is its sentence's subject: the first name in the sentence, not after a preposition. */
function isSubject(discourse: Discourse, anchor: Anchor): boolean {
  const { parsed, anchors } = discourse
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, anchor.start)]
  if (!sentence) return false
  // "…, where Ann Kerr opposed it": the subject of a clause the sentence hangs on another is not what it is about.
  if (SUBORDINATORS.has(wordBefore(parsed, anchor.start).toLowerCase())) return false
  if (opensAfterFronted(parsed, sentence, anchor)) return true
  for (let i = countStartingBefore(anchors, sentence.start); i < anchors.length; i++) {
    const other = anchors[i] as Anchor
    if (other.start >= anchor.start) break
    if (other.form === 'demonym' || other.end > anchor.start) continue
    if (other.form === 'pronoun') {
      if (/^(?:he|she)$/i.test(parsed.view.slice(other.start, other.end))) return false
      continue
    }
    if (
      !PREPOSITIONS.has(wordBefore(parsed, other.start)) &&
      !/^'s?\b/.test(parsed.view.slice(other.end, other.end + 3))
    )
      return false
  }
  return !PREPOSITIONS.has(wordBefore(parsed, anchor.start))
}

/** The word before `offset`, over "the", "a" and compass words: "in" for "in the Vale", "in eastern England". */
export function wordBefore(parsed: ParsedArticle, offset: number): string {
  let i = countStartingBefore(parsed.tokens, offset) - 1
  // "in eastern England", "in south-west London": a compass word only narrows the place.
  while (i > 0 && COMPASS.test(parsed.tokens[i]?.text ?? '')) i--
  const token = parsed.tokens[i]
  if (!token) return ''
  const word = token.text.toLowerCase()
  if (word === 'the' || word === 'a') return parsed.tokens[i - 1]?.text.toLowerCase() ?? ''
  return word
}

// Lower-case compass words before a place's name (a closed class): "northern", "south-west", "central".
const COMPASS = /^(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?$|^central$/

/** The index of the sentence that holds an offset, or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], at: number): number {
  const i = countStartingBefore(sentences, at + 1) - 1
  return i >= 0 && at <= (sentences[i] as Sentence).end ? i : -1
}
