import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { criticismIn } from './criticism-cues.ts'
import { guessPos } from './pos.ts'
import { actDemandedOf } from './stance-act-demanded.ts'
import { ledBy } from './stance-led.ts'
import { CUE_VERBS, type CueVerb, NEGATORS, OBJECT_COMPLEMENTS, OBJECT_EXCLUSIONS } from './stance-lexicon.ts'
import { threatensHarm } from './stance-likely-harm.ts'
import { namesOther } from './stance-modifier.ts'
import { isTitleHead, isTitleWord, ownedTitle, qualifiesTitle } from './stance-object.ts'
import { demandIsPassive } from './stance-passive.ts'
import { boundPossessor, isActNoun, isPossessive } from './stance-possessor.ts'
import { boundObject, possessiveHer } from './stance-pronoun-object.ts'
import { canTarget, type Sides } from './stance-sides.ts'
import { bridges, NEAR, NEAR_AFTER, NOUN_ENDING, ownsRelative, tokensWithin } from './stance-words.ts'

// Words that may stand between a stance verb and its object: "called on the", "urged the", "lashed out at the",
// and the few that date or qualify the thing an actor owns ("criticised the new Labour plans", "attacked the latest
// Tory proposals").
const BEFORE_OBJECT = new Set([
  'on',
  'upon',
  'the',
  'a',
  'an',
  'out',
  'at',
  'new',
  'latest',
  'recent',
  'proposed',
  'planned',
  'current',
  'revised',
  'controversial',
  'so-called',
])

/**
 * The stance of a stance verb in the cue toward its object: the actor right after the verb ("accused China",
 * "warned Iran that", "condemned Japan's decision"), past articles and capitalized titles ("urged Prime Minister
 * X"). Without an object, an actor the content opens with or names as agent ("warned that Russia would …",
 * "criticised the plans by Labour").
 */
export function cueStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { cue } = statement
  if (!cue) return undefined
  const { tokens } = parsed
  let verb: CueVerb | undefined
  let verbToken: Token | undefined
  // Where a criticism idiom's words start, when the stance is one's: the evidence runs from there to its last word.
  let idiomStart: number | undefined
  for (let t = countStartingBefore(tokens, cue.start); t < tokens.length; t++) {
    const token = tokens[t] as Token
    if (token.end > cue.end) break
    const lower = token.text.toLowerCase()
    verb = CUE_VERBS.find((entry) => lower.startsWith(entry.prefix))
    if (verb) {
      verbToken = token
      break
    }
  }
  if (!verb || !verbToken) {
    // "hit out at Y", "joined calls for Y to": an idiom whose last word stands before its object.
    const first = countStartingBefore(tokens, cue.start)
    const words = tokensWithin(tokens, cue.start, cue.end).map((token) => token.text.toLowerCase())
    const idiom = criticismIn((t) => words[t], { start: 0, end: words.length })
    if (!idiom) return undefined
    verb = { prefix: '', polarity: idiom.polarity }
    verbToken = tokens[first + idiom.objectAt - 1] as Token
    idiomStart = tokens[first + idiom.at]?.start
  }
  // "hit back at Y", "fought back by saying": a retort opposes, it backs no one.
  const previous = tokens[countStartingBefore(tokens, verbToken.start) - 1]?.text.toLowerCase() ?? ''
  if (verb.prefix === 'back' && RETORTS.test(previous)) verb = { prefix: 'back', polarity: 'oppose' }
  // "don't blame Y", "never criticised Y": no stance, whatever the statement's own negation says.
  const before = tokens[countStartingBefore(tokens, verbToken.start) - 1]?.text.toLowerCase()
  if (before !== undefined && (NEGATORS.has(before) || /n['\u2019]t$/.test(before))) return undefined
  // "Plans to lift the ban on Y have been condemned by Z": in the passive the one condemned stands before the verb,
  // and the words after it are not its object.
  if (before !== undefined && BE_FORMS.has(before) && /ed$/.test(verbToken.text.toLowerCase()))
    return undefined
  // "called on Y to" and "called for Y to" demand; "called Y's plans a disgrace" names.
  const next = tokens[countStartingBefore(tokens, verbToken.end)]?.text.toLowerCase() ?? ''
  if (verb.prefix === 'call' && !['on', 'upon', 'for'].includes(next)) return undefined
  // A noun is someone's act the speaker reports, not the speaker's own: "cited criticism of Y", "praise from Y".
  if (NOUN_ENDING.test(verbToken.text) || NOUN_AFTER.has(next)) return undefined
  const evidence = { start: idiomStart ?? verbToken.start, end: verbToken.end }
  // "blamed the losses on Y": the target follows "on", not the verb.
  if (verb.polarity === 'blame' && next === 'on') {
    const target = objectAfter(parsed, anchors, countStartingBefore(tokens, verbToken.end) + 1, verb, sides)
    return target && { target: target.actor, polarity: verb.polarity, evidence }
  }
  // "dismissed questions about Y", "rejected claims that Y": the verb's object is in the cue, and the content is
  // only what it is about.
  if (verb.polarity !== 'blame' && objectInCue(tokensWithin(tokens, verbToken.end, cue.end))) return undefined
  const after = countStartingBefore(tokens, cue.end)
  // "called for the resignation of Y", "demanded an apology from Y", "called for Y's resignation": Y is asked to act.
  const doer =
    verb.polarity === 'demand'
      ? actDemandedOf({ parsed, anchors, sides, end: statement.content.end }, after)
      : undefined
  if (doer) return { target: doer.actor, polarity: verb.polarity, evidence }
  // The verb's object, past articles and titles: "urged London mayor Ken Livingstone", "accused the Tory leader,
  // Tom Vale,". A party or place that only qualifies the title is the target only when no name follows it.
  let qualifier: Anchor | undefined
  // Whether a title no actor stands for came first: "accused the prime minister and Mr Brown of" goes on to the
  // actor it is coordinated with.
  let titled = false
  let coordinated = false
  for (let t = after; t < Math.min(tokens.length, after + OBJECT_REACH); t++) {
    const token = tokens[t] as Token
    const anchor =
      // "praised his chancellor for": the title's holder, not the owner the possessive names.
      ownedTitle(parsed, anchors, t, sides) ??
      ownerOfAct(parsed, anchors, verbToken, token, verb, sides) ??
      boundObject(parsed, anchors, token, anchorAt(anchors, token.start), sides) ??
      ledBy(parsed, anchors, token)
    // Only a name or a title past "and": "the prime minister and his chancellor" leaves "his" to a guess, "the
    // government and the chancellor" names the chancellor.
    if (coordinated && anchor && anchor.form !== 'name' && anchor.form !== 'title') break
    if (anchor && qualifiesTitle(parsed, anchor)) {
      qualifier ??= anchor
      t = countStartingBefore(tokens, anchor.end) - 1
      continue
    }
    if (anchor) return objectStance(parsed, anchor, verb, sides, evidence)
    const lower = token.text.toLowerCase()
    const previous = tokens[t - 1]?.text.toLowerCase() ?? ''
    const title =
      (/^\p{Lu}/u.test(token.text) && t < after + 3) ||
      isTitleWord(lower) ||
      GOVERNING.has(lower) ||
      (lower === ',' && t > after && isTitleHead(previous))
    if (title && lower !== 'the') titled = true
    else if (lower === 'and' && titled) {
      coordinated = true
      continue
    }
    if (!BEFORE_OBJECT.has(lower) && !title) break
  }
  if (qualifier) return objectStance(parsed, qualifier, verb, sides, evidence)
  // Without a speaker, a stance verb's own object is the only target clear enough, and a threat's own act ("they
  // threatened to sue Y").
  if (sides.speaker === '' && verb.polarity !== 'threaten') return undefined
  // "blamed the losses on Y": the target follows "on".
  if (verb.polarity === 'blame') {
    const on = tokensWithin(tokens, statement.content.start, statement.content.end)
      .slice(0, NEAR_AFTER + 2)
      .findIndex((token) => token.text.toLowerCase() === 'on')
    const from = countStartingBefore(tokens, statement.content.start) + on + 1
    const target = on >= 0 ? objectAfter(parsed, anchors, from, verb, sides) : undefined
    if (target) return { target: target.actor, polarity: verb.polarity, evidence }
  }
  // "asked that Y refrain from …", "urged that Y withdraw": a demand of the that-clause's subject.
  if (THAT_DEMANDS.has(verb.prefix)) {
    const subject = thatSubject(parsed, anchors, statement.content, sides)
    if (subject) return { target: subject.actor, polarity: verb.polarity, evidence }
  }
  // "warned that Britain faces a recession" is a warning about Britain, not a threat to it.
  if (OBJECT_COMPLEMENTS.has(verb.prefix)) return undefined
  // "threatened to sanction Iran": the speaker's own act, whose object is the target.
  const opening = countStartingBefore(tokens, statement.content.start)
  const infinitive = tokens[opening]?.text.toLowerCase() === 'to'
  // "the row threatens to derail talks with Y": without a speaker, a likely harm, not a threat (stance-likely-harm.ts).
  if (sides.speaker === '' && (!infinitive || threatensHarm(tokens, opening))) return undefined
  const inContent = anchorsWithin(anchors, statement.content.start, statement.content.end).filter((anchor) =>
    canTarget(anchor, verb.polarity, sides),
  )
  const agent = infinitive
    ? inContent.find((anchor) => countStartingBefore(tokens, anchor.start) - opening <= NEAR)
    : bestAgent(parsed, inContent, statement.content)
  return agent ? { target: agent.actor, polarity: verb.polarity, evidence } : undefined
}

// Words that may follow a stance verb inside its cue without being its object: "called on", "hit back at", a
// pronoun object ("urged him").
const CUE_PARTICLES = new Set(
  'on upon for at out back to of that over against with about in into by up off down him her them it us me'.split(
    ' ',
  ),
)

/** Whether the words of a cue after its stance verb hold the verb's own object: "questions about", "claims that". */
function objectInCue(after: readonly Token[]): boolean {
  // A gerund is the verb's manner, not its object: "hit back by saying".
  return after.some(
    (token) => /^\p{Ll}+$/u.test(token.text) && !CUE_PARTICLES.has(token.text) && !token.text.endsWith('ing'),
  )
}

/**
 * Whether a verb of criticism names the speaker's own party or body outright as its object: "Tory MP Ann Vale
 * criticised the Conservatives over …" opposes them, as a rebel does. Only there: a stance read from what the
 * speaker said of their own side ("we", "our party") stays blocked by `canTarget`.
 */
function criticisesOwnCamp(anchor: Anchor, verb: CueVerb, sides: Sides): boolean {
  return (
    (verb.polarity === 'oppose' || verb.polarity === 'blame') &&
    anchor.kind === 'organization' &&
    anchor.form === 'name' &&
    anchor.actor !== sides.speaker
  )
}

/** How many tokens after a stance verb its object may start: "accused the Tory leader, Tom Vale, of". */
const OBJECT_REACH = 6

/** The stance of a stance verb toward its object, unless the object is someone it has or the words after it say otherwise. */
function objectStance(
  parsed: ParsedArticle,
  anchor: Anchor,
  verb: CueVerb,
  sides: Sides,
  evidence: Span,
): Stance | undefined {
  if (!canTarget(anchor, verb.polarity, sides, true) && !criticisesOwnCamp(anchor, verb, sides))
    return undefined
  const next = parsed.tokens[countStartingBefore(parsed.tokens, anchor.end)]?.text.toLowerCase() ?? ''
  // "attacked her opponent", "told Smith's aides to": the object is another person, whom the actor has.
  if (ownsRelative(parsed, anchor)) return undefined
  // "blasted the American media": a country's people or press are not its state.
  if (anchor.kind === 'country' && GROUP_NOUN.test(next)) return undefined
  // "demanded a Lords inquiry", "defending the Labour stronghold of …": the object is named for Y, not Y.
  if (namesOther(parsed, anchor)) return undefined
  if (OBJECT_EXCLUSIONS.get(verb.prefix)?.has(next)) return undefined
  // "called for Y to be released": the demand is of whoever is to release Y, not of Y (stance-passive.ts).
  if (
    verb.polarity === 'demand' &&
    demandIsPassive(parsed.tokens, countStartingBefore(parsed.tokens, anchor.end))
  )
    return undefined
  const complements = OBJECT_COMPLEMENTS.get(verb.prefix)
  if (complements && !followedBy(parsed, anchor, complements)) return undefined
  return { target: anchor.actor, polarity: verb.polarity, evidence }
}

/**
 * Where a judging verb's object opens with a possessive, the one whose act it judges ("welcomed *his* apology",
 * "attacked *their* plans"), unless the coreference already links it to someone off the speaker's side. Not for
 * "defended his record" (most often the speaker's own), nor a demand or a warning ("urged his party to").
 */
function ownerOfAct(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  verbToken: Token,
  token: Token,
  verb: CueVerb,
  sides: Sides,
): Anchor | undefined {
  const lower = token.text.toLowerCase()
  if (!isPossessive(lower) || (lower === 'her' && !possessiveHer(parsed, token))) return undefined
  if (verb.polarity === 'demand' || verb.polarity === 'threaten' || OWN_ACTS.has(verb.prefix))
    return undefined
  // "were lambasted for their …": in the passive the possessive is the subject's own.
  const at = countStartingBefore(parsed.tokens, verbToken.start)
  const auxiliaries = [at - 1, at - 2].map((k) => parsed.tokens[k]?.text.toLowerCase() ?? '')
  if (auxiliaries.some((word) => BE_FORMS.has(word))) return undefined
  const linked = anchorAt(anchors, token.start)
  if (linked && !sides.own.has(linked.actor) && linked.actor !== sides.speaker) return undefined
  return boundPossessor(parsed, anchors, verbToken, token, sides)
}

// Stance verbs whose possessive object is most often the speaker's own: "defended his record", "backed her plan".
const OWN_ACTS = new Set(['defend', 'back'])

// Bodies that hold office, which no actor may stand for but which an actor may be coordinated with: "accused the
// government and the chancellor of".
const GOVERNING = new Set(['government', 'ministers', 'cabinet', 'administration'])

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

// Verbs before "back" that make it a retort: "hit back", "fought back", "struck back", "pushed back".
const RETORTS =
  /^(?:hit|hits|hitting|f(?:ight|ights|ighting|ought)|str(?:ike|ikes|iking|uck)|push(?:es|ed|ing)?)$/

const NOUN_AFTER = new Set(['from', 'of'])

// Stance verbs that demand of a that-clause's subject ("urged that Y withdraw"); "told reporters that" reports.
const THAT_DEMANDS = new Set(['urg', 'ask', 'demand', 'implor'])

// Nouns for a country's people and bodies that do not speak for it: "the American media", "British voters".
const GROUP_NOUN =
  /^(?:media|press|people|public|voters?|citizens?|journalists?|reporters?|students?|workers?|firms?|compan(?:y|ies)|business(?:es)?|tourists?|fans?|families|women|men|children|banks?|investors?|newspapers?)$/

/** The actor right after token `from`, past articles, titles and the head of what it owns ("the policies of Y"). */
function objectAfter(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  from: number,
  verb: CueVerb,
  sides: Sides,
): Anchor | undefined {
  const start = parsed.tokens[from]?.start
  if (start === undefined) return undefined
  const anchor = anchorsWithin(anchors, start, start + 80)[0]
  if (!anchor || !canTarget(anchor, verb.polarity, sides, true)) return undefined
  return bridges(parsed.tokens, from, anchor.start) ? anchor : undefined
}

/**
 * The subject of a that-clause content, when it is an actor: "that Y refrain", "that the congressman stop",
 * "that Y's campaign stop" (its possessor).
 */
function thatSubject(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  content: Span,
  sides: Sides,
): Anchor | undefined {
  const { tokens } = parsed
  const opening = countStartingBefore(tokens, content.start)
  if (tokens[opening]?.text.toLowerCase() !== 'that') return undefined
  const anchor = anchorsWithin(anchors, content.start, content.end)[0]
  if (!anchor || !canTarget(anchor, 'demand', sides, true)) return undefined
  // Only an article or a capitalized title before it: "that the congressman", "that Governor Tom Reed".
  for (let k = opening + 1; k < tokens.length && (tokens[k] as Token).start < anchor.start; k++) {
    const text = (tokens[k] as Token).text
    if (text.toLowerCase() !== 'the' && !/^\p{Lu}/u.test(text)) return undefined
  }
  return anchor
}

/** The actor a content is most about as agent: one it names after "by" or "under", else the first agent. */
function bestAgent(parsed: ParsedArticle, anchors: readonly Anchor[], content: Span): Anchor | undefined {
  const ranked = anchors
    .map((anchor) => ({ anchor, rank: agentRank(parsed, anchor, content) }))
    .filter((entry) => entry.rank >= 0)
  let best = ranked[0]
  for (const entry of ranked) if (best && entry.rank < best.rank) best = entry
  return best?.anchor
}

/** The anchor that starts at an offset, the longest when several do. */
function anchorAt(anchors: readonly Anchor[], start: number): Anchor | undefined {
  const i = countStartingBefore(anchors, start)
  const anchor = anchors[i]
  return anchor?.start === start ? anchor : undefined
}

/** Whether one of `words` follows an object, past a possessive's noun at most: "told Iran's leaders to". */
function followedBy(parsed: ParsedArticle, anchor: Anchor, words: ReadonlySet<string>): boolean {
  const t = countStartingBefore(parsed.tokens, anchor.end)
  const after = parsed.tokens.slice(t, t + 3)
  // "warned Y would have to …": a verb of Y's own clause comes first, and "to" is that verb's.
  const clause = after.findIndex((token) => CLAUSE_VERBS.has(token.text.toLowerCase()))
  return (clause < 0 ? after : after.slice(0, clause)).some(
    (token) => words.has(token.text.toLowerCase()) && token.start - anchor.end < 24,
  )
}

const OPENERS = new Set(['that', 'the', '"', "'"])

// Modals and auxiliaries that open a clause of the object's own: "warned Y would have to", "told Y was going to".
const CLAUSE_VERBS = new Set(
  'would will could can should may might must shall has have had is are was were'.split(' '),
)

// Words before an actor that make it the one answerable for what the content names: "the plans by Labour",
// "the asylum system under Tony Blair" ("from" is too often a place left: "secede from").
const AGENT_MARKERS = new Set(['by', 'under'])

// Words for what someone made known, whose maker "from" names: "the news from Y", "an offer from Y".
const MADE_KNOWN =
  /^(?:news|announcements?|statements?|offers?|pledges?|promises?|assurances?|commitments?|decisions?|proposals?|moves?|responses?|messages?|letters?|apology|apologies|intervention|comments?|remarks?)$/i

/** How many tokens into the content "by" or "under" may stand: "the asylum system under Y". */
const AGENT_REACH = 4

/** How many tokens into the content "by" may stand when only a noun phrase comes before it. */
const NOUN_PHRASE_REACH = 8

// Tags a noun phrase and its "of" complement are made of: "the handling of the crisis", "the new asylum rules".
const NOUN_PHRASE_TAGS = new Set(['D', 'J', 'N', 'NUM', 'P', 'PR'])

/**
 * Whether the tokens [from, to) are one noun phrase with its "of" complements, a nominal "-ing" after a determiner
 * among them: "the handling of the crisis" (by Y) is Y's act, where "the figures showing families were better off"
 * (under Y) has verbs of its own.
 */
function nounPhraseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > NOUN_PHRASE_REACH) return false
  for (let k = from; k < to; k++) {
    const text = (tokens[k] as Token).text
    const lower = text.toLowerCase()
    const tag = guessPos(text, lower, false)
    if (lower === 'of' || NOUN_PHRASE_TAGS.has(tag)) continue
    const previous = tokens[k - 1]?.text.toLowerCase() ?? ''
    if (tag === 'VG' && k > from && (previous === 'the' || previous === 'a' || previous === 'an')) continue
    return false
  }
  return true
}

/**
 * How an actor is the one a content is about as agent, best first: 0 after "by" or "under" ("the plans
 * by Labour", "the system under Blair"); 1 when the content opens with it ("that Russia would…"); 2 when it
 * possesses what follows ("Labour's plans"); -1 when none of these.
 */
function agentRank(parsed: ParsedArticle, anchor: Anchor, content: Span): number {
  const { tokens } = parsed
  const t = countStartingBefore(tokens, anchor.start)
  // Past a title the actor's name leaves out: "under Governor Tom Reed", "by Prime Minister X".
  let before = t - 1
  while (before > t - 3 && /^\p{Lu}/u.test(tokens[before]?.text ?? '')) before--
  const opening = countStartingBefore(tokens, content.start)
  // Only in the phrase the content opens with, the verb's own object: not deeper in it ("the figures showing
  // families were better off under Y", "people who feel taken for granted by Y").
  if (
    AGENT_MARKERS.has(tokens[before]?.text.toLowerCase() ?? '') &&
    (before - opening <= AGENT_REACH || nounPhraseBetween(tokens, opening, before))
  )
    return 0
  // "welcomed the news from Y", "the offer from Y": "from" after a word for what someone made known names its maker
  // (not "the return from Y", "support from voters in Y", a place left or a place's people).
  if (
    tokens[before]?.text.toLowerCase() === 'from' &&
    anchor.kind !== 'location' &&
    before - opening <= AGENT_REACH &&
    MADE_KNOWN.test(tokens[before - 1]?.text ?? '') &&
    nounPhraseBetween(tokens, opening, before) &&
    // "an apology from Y's aides": the maker is whoever Y owns.
    !/^['\u2019]/.test(parsed.view.slice(anchor.end, anchor.end + 1))
  )
    return 0
  // "the plans of Y", "the ambition of Mr Reed": an act's "of" names whose act it is, right where the content opens
  // (not "the killing of Y", whose "of" takes the one it was done to).
  if (
    tokens[before]?.text.toLowerCase() === 'of' &&
    before - opening <= AGENT_REACH &&
    isActNoun(tokens[before - 1]?.text ?? '') &&
    nounPhraseBetween(tokens, opening, before)
  )
    return 0
  let k = opening
  while (k < t && OPENERS.has((tokens[k] as Token).text.toLowerCase())) k++
  if (k === t) return 1
  // The possessor of the content's head ("the Tory plans", "Japan's decision"), not one named deeper in it ("the
  // story about Clinton's emails").
  if (t - k > 1) return -1
  return /^'s?\b/.test(parsed.view.slice(anchor.end, anchor.end + 3)) ? 2 : -1
}
