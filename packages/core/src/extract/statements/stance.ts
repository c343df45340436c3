import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Sentence, Token } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Span } from '../../schemas/span.ts'
import type { Polarity, Stance, Statement } from '../../schemas/statement.ts'
import { polarityEvidence } from '../polarity/evidence.ts'
import { polarityScores } from '../polarity/polarity-toward.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { guessPos } from './pos.ts'
import { actsAsState } from './stance-demonym.ts'
import { homeCountry } from './stance-home.ts'
import {
  accuses,
  badOutcomeAt,
  CUE_VERBS,
  type CueVerb,
  inSetPhrase,
  judgingSign,
  NEGATORS,
  OBJECT_COMPLEMENTS,
  OBJECT_EXCLUSIONS,
  outcomeLessened,
  STANCE_CUES,
  type StanceCue,
} from './stance-lexicon.ts'
import { answerable, judgesTarget } from './stance-link.ts'
import { namesOther } from './stance-modifier.ts'
import { isTitleHead, isTitleWord, qualifiesTitle } from './stance-object.ts'
import { opensAsSubject } from './stance-subject.ts'
import { foreignActors, stanceAnchors } from './stance-targets.ts'

/** Who speaks: the speaker, and the speaker with their own party, country or organization. */
interface Sides {
  speaker: string
  own: ReadonlySet<string | undefined>
  /** The organization the speaker belongs to (a party, a company), when the article says. */
  camp?: string | undefined
  /** The organization an actor belongs to, or the actor itself when it is one. */
  campOf?: (actor: string) => string | undefined
  /** The country the article is set in, when the speaker belongs to no other country. */
  home?: string | undefined
}

/**
 * Adds a stance where the words make it clear, trying in turn: the object of a stance verb in the cue ("accused
 * Y of", "urged Y to", "warned Y that", "praised Y", "condemned Y's"); a stance phrase in the content ("will not
 * tolerate Y", "Y is responsible for"); and the learned polarity of the content toward an actor it names ("these
 * perverse acts by some US politicians"), when it is confident and a word carries it. A stance against someone
 * never targets the speaker's own side; statements without a speaker, negated ones and unclear ones get none.
 * @example attachStance(parsed, statements, anchors, actors) // [{ …, stance: { target: 'country:united-states', polarity: 'oppose' } }]
 */
export function attachStance(
  parsed: ParsedArticle,
  statements: readonly Statement[],
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): Statement[] {
  const affiliation = new Map(actors.map((actor) => [actor.id, actor.affiliation]))
  const targets = stanceAnchors(parsed, anchors, actors)
  const foreign = foreignActors(parsed, anchors, actors)
  // The targets without "the government" and "ministers" as the party in office (titles of an organization).
  const withoutGovernment = targets.filter(
    (anchor) => anchor.form !== 'title' || anchor.kind !== 'organization',
  )
  const organizations = new Set(
    actors.filter((actor) => actor.kind === 'organization').map((actor) => actor.id),
  )
  const countries = new Set(actors.filter((actor) => actor.kind === 'country').map((actor) => actor.id))
  const home = homeCountry(anchors, actors)
  const campOf = (id: string) => {
    const camp = organizations.has(id) ? id : affiliation.get(id)
    return camp !== undefined && organizations.has(camp) ? camp : undefined
  }
  return statements.map((statement) => {
    if (statement.negated || deniesStance(parsed, statement)) return statement
    // Without a speaker ("critics have attacked Y"), only a stance verb's own object is clear enough.
    if (statement.speaker === null) {
      const sides = { speaker: '', own: new Set<string | undefined>() }
      const stance =
        cueStance(parsed, statement, targets, sides) ??
        (statement.mode === 'direct' ? learnedStance(parsed, statement, targets, sides) : undefined)
      return stance ? { ...statement, stance } : statement
    }
    const belongs = affiliation.get(statement.speaker)
    const sides = {
      speaker: statement.speaker,
      own: new Set([statement.speaker, belongs]),
      camp: campOf(statement.speaker),
      campOf,
      home: belongs === undefined || !countries.has(belongs) ? home : undefined,
    }
    // Another country's speaker speaks of their own government, not of the party in office here.
    const toward = foreign.has(statement.speaker) ? withoutGovernment : targets
    const stance =
      cueStance(parsed, statement, toward, sides) ??
      phraseStance(parsed, statement, toward, sides) ??
      namingStance(parsed, statement, toward, sides) ??
      learnedStance(parsed, statement, toward, sides) ??
      answerableStance(parsed, statement, toward, sides)
    return stance ? { ...statement, stance } : statement
  })
}

// Words of denial: "denied accusing Y", "denies criticising Y".
const DENIAL = /^den(?:y|ies|ied|ying)$/

/** Whether the cue denies a stance verb right after the denial: "denied accusing Y of lying" takes no stance. */
function deniesStance(parsed: ParsedArticle, statement: Statement): boolean {
  const { cue } = statement
  if (!cue) return false
  const words = tokensWithin(parsed.tokens, cue.start, cue.end).map((token) => token.text.toLowerCase())
  return words.some(
    (word, k) => DENIAL.test(word) && CUE_VERBS.some((verb) => (words[k + 1] ?? '').startsWith(verb.prefix)),
  )
}

/**
 * Whether an anchor can be the target of a stance of this polarity: places never are, nor pronouns unless they
 * are a stance verb's object ("accused him of"), where the coreference that resolved them is surest.
 */
function canTarget(anchor: Anchor, polarity: Polarity, sides: Sides, object = false): boolean {
  if ((anchor.form === 'pronoun' && !object) || anchor.kind === 'location') return false
  return polarity === 'support' ? anchor.actor !== sides.speaker : !sides.own.has(anchor.actor)
}

// Words that may stand between a stance verb and its object: "called on the", "urged the", "lashed out at the".
const BEFORE_OBJECT = new Set(['on', 'upon', 'the', 'a', 'an', 'out', 'at'])

/**
 * The stance of a stance verb in the cue toward its object: the actor right after the verb ("accused China",
 * "warned Iran that", "condemned Japan's decision"), past articles and capitalized titles ("urged Prime Minister
 * X"). Without an object, an actor the content opens with or names as agent ("warned that Russia would …",
 * "criticised the plans by Labour").
 */
function cueStance(
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
  if (!verb || !verbToken) return undefined
  // "hit back at Y", "fought back by saying": a retort opposes, it backs no one.
  const previous = tokens[countStartingBefore(tokens, verbToken.start) - 1]?.text.toLowerCase() ?? ''
  if (verb.prefix === 'back' && RETORTS.test(previous)) verb = { prefix: 'back', polarity: 'oppose' }
  // "don't blame Y", "never criticised Y": no stance, whatever the statement's own negation says.
  const before = tokens[countStartingBefore(tokens, verbToken.start) - 1]?.text.toLowerCase()
  if (before !== undefined && (NEGATORS.has(before) || /n['\u2019]t$/.test(before))) return undefined
  // "called on Y to" and "called for Y to" demand; "called Y's plans a disgrace" names.
  const next = tokens[countStartingBefore(tokens, verbToken.end)]?.text.toLowerCase() ?? ''
  if (verb.prefix === 'call' && !['on', 'upon', 'for'].includes(next)) return undefined
  // A noun is someone's act the speaker reports, not the speaker's own: "cited criticism of Y", "praise from Y".
  if (NOUN_ENDING.test(verbToken.text) || NOUN_AFTER.has(next)) return undefined
  const evidence = { start: verbToken.start, end: verbToken.end }
  // "blamed the losses on Y": the target follows "on", not the verb.
  if (verb.polarity === 'blame' && next === 'on') {
    const target = objectAfter(parsed, anchors, countStartingBefore(tokens, verbToken.end) + 1, verb, sides)
    return target && { target: target.actor, polarity: verb.polarity, evidence }
  }
  // "dismissed questions about Y", "rejected claims that Y": the verb's object is in the cue, and the content is
  // only what it is about.
  if (verb.polarity !== 'blame' && objectInCue(tokensWithin(tokens, verbToken.end, cue.end))) return undefined
  const after = countStartingBefore(tokens, cue.end)
  // The verb's object, past articles and titles: "urged London mayor Ken Livingstone", "accused the Tory leader,
  // Tom Vale,". A party or place that only qualifies the title is the target only when no name follows it.
  let qualifier: Anchor | undefined
  for (let t = after; t < Math.min(tokens.length, after + OBJECT_REACH); t++) {
    const token = tokens[t] as Token
    const anchor = boundObject(parsed, anchors, token, anchorAt(anchors, token.start), sides)
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
      (lower === ',' && t > after && isTitleHead(previous))
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
  if (sides.speaker === '' && !infinitive) return undefined
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
  if (!canTarget(anchor, verb.polarity, sides, true)) return undefined
  const next = parsed.tokens[countStartingBefore(parsed.tokens, anchor.end)]?.text.toLowerCase() ?? ''
  // "attacked her opponent", "told Smith's aides to": the object is another person, whom the actor has.
  if (ownsRelative(parsed, anchor)) return undefined
  // "blasted the American media": a country's people or press are not its state.
  if (anchor.kind === 'country' && GROUP_NOUN.test(next)) return undefined
  // "demanded a Lords inquiry": what is demanded is named for Y, not asked of Y.
  if ((verb.polarity === 'demand' || verb.polarity === 'threaten') && namesOther(parsed, anchor))
    return undefined
  if (OBJECT_EXCLUSIONS.get(verb.prefix)?.has(next)) return undefined
  const complements = OBJECT_COMPLEMENTS.get(verb.prefix)
  if (complements && !followedBy(parsed, anchor, complements)) return undefined
  return { target: anchor.actor, polarity: verb.polarity, evidence }
}

// Verbs before "back" that make it a retort: "hit back", "fought back", "struck back", "pushed back".
const RETORTS =
  /^(?:hit|hits|hitting|f(?:ight|ights|ighting|ought)|str(?:ike|ikes|iking|uck)|push(?:es|ed|ing)?)$/

// Endings and next words of a stance word used as a noun: "criticism", "condemnation", "praise from".
const NOUN_ENDING = /(?:ism|isms|ion|ions)$/i
const NOUN_AFTER = new Set(['from', 'of'])
// Stance verbs that demand of a that-clause's subject ("urged that Y withdraw"); "told reporters that" reports.
const THAT_DEMANDS = new Set(['urg', 'ask', 'demand', 'implor'])

// Nouns for a person someone has, who is not them: "her opponent", "Smith's aides".
const RELATIVES =
  /^(?:opponents?|rivals?|challengers?|successors?|predecessors?|staff(?:ers?)?|aides?|advisers?|advisors?|subordinates?|officials?|employees?|supporters?|critics?|allies|ally|colleagues?|friends?|family|wife|husband|son|sons|daughters?|father|mother|brothers?|sisters?|lawyers?|attorneys?|spokes(?:man|woman|person)|deputy|deputies)$/i

// Nouns for a country's people and bodies that do not speak for it: "the American media", "British voters".
const GROUP_NOUN =
  /^(?:media|press|people|public|voters?|citizens?|journalists?|reporters?|students?|workers?|firms?|compan(?:y|ies)|business(?:es)?|tourists?|fans?|families|women|men|children|banks?|investors?|newspapers?)$/

/** Whether an actor owns the noun after it that names another person: "her opponent", "Smith's lawyer". */
function ownsRelative(parsed: ParsedArticle, anchor: Span): boolean {
  const t = countStartingBefore(parsed.tokens, anchor.end)
  let next = parsed.tokens[t]
  if (next && /^['\u2019]s?$/.test(next.text)) next = parsed.tokens[t + 1]
  return next !== undefined && next.start - anchor.end < 4 && RELATIVES.test(next.text)
}

// Object pronouns of a person: as a verb's object they never stand for the verb's own subject ("Vale accused
// *him*" is not Vale), whatever the coreference said.
const PERSON_OBJECTS = new Set(['him', 'her'])

/**
 * The actor a stance verb's object stands for. A person's object pronoun linked to the speaker's side, or to no
 * one, stands for the nearest person named before it in its sentence or the one before who is not on the speaker's
 * side ("Reed said he would stay. Vale accused *him* of lying" → Reed).
 */
function boundObject(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  token: Token,
  anchor: Anchor | undefined,
  sides: Sides,
): Anchor | undefined {
  if (!PERSON_OBJECTS.has(token.text.toLowerCase()) || sides.speaker === '') return anchor
  // "defended her record": a possessive "her" is whoever the coreference says, most often the speaker herself.
  if (possessiveHer(parsed, token)) return anchor
  if (anchor && !sides.own.has(anchor.actor)) return anchor
  const { sentences } = parsed
  const at = countStartingBefore(sentences, token.start + 1) - 1
  const from = sentences[Math.max(0, at - 1)]?.start ?? 0
  const before = anchorsWithin(anchors, from, token.start)
  const antecedent = before.findLast(
    (other) => other.kind === 'person' && other.form === 'name' && !sides.own.has(other.actor),
  )
  return antecedent && { ...antecedent, start: token.start, end: token.end, form: 'pronoun' }
}

// Words after an object "her" that leave it an object: "urged her to", "accused her of", "told her that".
const AFTER_OBJECT =
  /^(?:to|of|for|that|and|or|but|over|on|in|at|after|as|with|about|by|from|not|into|when|because|if|before|again|last|this|the|a|an)$/

/** Whether a "her" is a possessive before its noun: "her record", "her own plans"; not "urged her to". */
function possessiveHer(parsed: ParsedArticle, token: Token): boolean {
  if (token.text.toLowerCase() !== 'her') return false
  const next = parsed.tokens[countStartingBefore(parsed.tokens, token.end)]
  return next !== undefined && /^\p{Ll}+$/u.test(next.text) && !AFTER_OBJECT.test(next.text)
}

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
  return parsed.tokens
    .slice(t, t + 3)
    .some((token) => words.has(token.text.toLowerCase()) && token.start - anchor.end < 24)
}

const OPENERS = new Set(['that', 'the', '"', "'"])

// Words before an actor that make it the one answerable for what the content names: "the plans by Labour",
// "the asylum system under Tony Blair" ("from" is too often a place left: "secede from").
const AGENT_MARKERS = new Set(['by', 'under'])
/** How many tokens into the content "by" or "under" may stand: "the asylum system under Y". */
const AGENT_REACH = 4

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
  if (AGENT_MARKERS.has(tokens[before]?.text.toLowerCase() ?? '') && before - opening <= AGENT_REACH) return 0
  let k = opening
  while (k < t && OPENERS.has((tokens[k] as Token).text.toLowerCase())) k++
  if (k === t) return 1
  // The possessor of the content's head ("the Tory plans", "Japan's decision"), not one named deeper in it ("the
  // story about Clinton's emails").
  if (t - k > 1) return -1
  return /^'s?\b/.test(parsed.view.slice(anchor.end, anchor.end + 3)) ? 2 : -1
}

/** The stance of a stance phrase in the content ("will not tolerate", "are responsible for", "welcomed"). */
function phraseStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { content } = statement
  const tokens = tokensWithin(parsed.tokens, content.start, content.end)
  const inContent = anchorsWithin(anchors, content.start, content.end)
  const lower = tokens.map((token) => token.text.toLowerCase())
  for (let i = 0; i < tokens.length; i++) {
    const match = STANCE_CUES.find((stanceCue) => matchesAt(lower, i, stanceCue))
    if (!match) continue
    const first = tokens[i] as Token
    const last = tokens[i + match.words.length - 1] as Token
    const negated = isNegated(lower, i) && !match.words.some((word) => NEGATORS.has(word))
    if (negated && match.polarity !== 'support') continue
    const polarity = negated ? 'oppose' : match.polarity
    // "responsible for housing", "who is responsible for running the council": a duty, not a wrong.
    if (match.words[0] === 'responsible' && namesDuty(lower, i)) continue
    // "X must be feeling", "X must have known": a guess, not a demand.
    if (MODAL_DEMANDS.has(match.words[0] as string) && guessesWith(lower, i + match.words.length)) continue
    // "Y should be fine", "Y should win": what a "should" is said of ("be", a result) is a forecast as often as not.
    if (match.words.join(' ') === 'should' && FORECAST_AFTER.has(lower[i + 1] ?? '')) continue
    // "Y should not be criticised", "Y must be sacked": what is to be done to Y demands nothing of Y.
    if (match.target === 'before' && match.polarity === 'demand' && passiveAt(lower, i + match.words.length))
      continue
    // "terrorist groups in X threaten Y": the phrase belongs to someone the speaker talks about, not to a side.
    if (match.target === 'after' && !speaksForSubject(tokens, lower, i, inContent, content.start, sides))
      continue
    // "the attacks", "loss of support", "criticism of": a noun for someone's act, not a side the speaker takes.
    if (match.target === 'after' && match.prefixes[0] !== null && isNounUse(tokens, lower, i)) continue
    if (match.prefixes[0] !== null && NOUN_ENDING.test(lower[i] as string)) continue
    // "we are against X", "voted against X"; not "violence against X", someone else's act.
    if (match.words[0] === 'against' && i > 0 && !isVerbOrAdverb(tokens, lower, i - 1)) continue
    const targets = inContent.filter((anchor) =>
      canTarget(anchor, polarity, sides, opensAsSubject(parsed, anchors, anchor, content)),
    )
    const target = pickTarget(tokens, targets, i, match)
    if (!target) continue
    // "she welcomed Y to the city": a host's welcome, as after a stance verb in the cue.
    const after = parsed.tokens[countStartingBefore(parsed.tokens, target.end)]?.text.toLowerCase() ?? ''
    if (match.target === 'after' && OBJECT_EXCLUSIONS.get(match.prefixes[0] ?? '')?.has(after)) continue
    // "it is up to Y to decide", not "up to Y's inquiry to decide": the one who must act comes right before "to".
    if (match.words.at(-2) === 'up' && after !== 'to') continue
    return { target: target.actor, polarity, evidence: { start: first.start, end: last.end } }
  }
  return undefined
}

// Nouns of a duty one is responsible for: "responsible for the health brief", "for housing policy".
const DUTY_NOUNS =
  /^(?:brief|portfolio|policy|policies|department|ministry|affairs|budget|programme|program|sector|services?|relations|matters)$/
// Gerunds of a duty one is responsible for: "for running the council", "for overseeing the budget"; not a wrong
// done ("for closing 50 hospitals", "for killing").
const DUTY_GERUNDS =
  /^(?:running|overseeing|managing|leading|handling|co-?ordinating|organi[sz]ing|delivering|maintaining|administering|regulating|supervising|ensuring|monitoring|enforcing|investigating|negotiating|setting|looking|implementing|policing|planning|drafting|developing|providing|protecting|funding|collecting|processing|promoting|representing|reviewing|assessing)$/
/** How many words after "responsible for" may name the duty. */
const DUTY_REACH = 5

/**
 * Whether "responsible for" at token i names a duty rather than a wrong: with no bad outcome or judging word a few
 * words after it, a noun of a duty ("for the health brief"), a gerund of a duty ("for running the council"; not
 * "for closing hospitals") or a relative clause that gives someone's role ("who is responsible for").
 */
function namesDuty(lower: readonly string[], i: number): boolean {
  let duty = false
  for (let k = i + 2; k < Math.min(lower.length, i + 2 + DUTY_REACH); k++) {
    const word = lower[k] as string
    if (word === ',' || word === '.') break
    // "responsible for the deaths", "for killing": a wrong, whoever is said to be responsible.
    if (badOutcomeAt(lower, k) > 0) return false
    if (DUTY_NOUNS.test(word)) duty = true
  }
  return duty || DUTY_GERUNDS.test(lower[i + 2] ?? '') || lower[i - 2] === 'who' || lower[i - 3] === 'who'
}

// Stance phrases that demand of the actor right before them only: "Russia must withdraw", "the UK should not
// ignore", "the government needs to act".
const MODAL_DEMANDS = new Set(['must', 'should', 'needs'])

// Words after a bare "should" that make it a forecast: "Labour should win", "the talks should be over soon".
const FORECAST_AFTER = new Set([
  'be',
  'have',
  'win',
  'lose',
  'get',
  'see',
  'do',
  'come',
  'go',
  'make',
  'take',
])

// Participles that do not end in -ed, -en or -wn: "be held back", "be put", "be sent home".
const IRREGULAR_PARTICIPLES = new Set(
  'held built brought bought caught taught thought sent spent lent meant left kept put set cut hit let shut done run won lost made paid told sold found struck hung stuck led fed met heard'.split(
    ' ',
  ),
)

/** Whether a passive starts at token k, past a "not": "be criticised", "not be given", "be held back". */
function passiveAt(lower: readonly string[], k: number): boolean {
  const at = lower[k] === 'not' ? k + 1 : k
  const participle = lower[at + 1] ?? ''
  return (
    lower[at] === 'be' && (/^[a-z]+(?:ed|en|wn)$/.test(participle) || IRREGULAR_PARTICIPLES.has(participle))
  )
}

/** Whether the judging word that ends `evidence` stands in a set phrase: "good reason to", "what good did it do". */
function setPhraseAt(parsed: ParsedArticle, evidence: Span): boolean {
  const { tokens } = parsed
  const at = countStartingBefore(tokens, evidence.end) - 1
  const text = (k: number) => tokens[k]?.text.toLowerCase() ?? ''
  return inSetPhrase(text(at - 1), text(at), text(at + 1))
}

/** Whether the words after a "must" make it a guess: "must be feeling", "must have known", "must be right". */
function guessesWith(lower: readonly string[], k: number): boolean {
  if (lower[k] === 'have') return true
  return lower[k] === 'be' && /(?:ing|^right|^wrong|^true|^joking|^mad)$/.test(lower[k + 1] ?? '')
}

function matchesAt(lower: readonly string[], i: number, stanceCue: StanceCue): boolean {
  return stanceCue.words.every((word, k) => {
    const text = lower[i + k]
    if (text === undefined) return false
    const prefix = stanceCue.prefixes[k]
    return prefix ? text.startsWith(prefix) : text === word
  })
}

function isNegated(lower: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATORS.has(lower[k] as string)) return true
  return false
}

// Words that may stand between a clause's start and its verb without naming a subject of their own.
const FUNCTION_WORDS = new Set(
  'that the a an it its we i he she they this these us our their his her will would shall should can could may might must has have had is are was were be been do does did not n\'t never also still bitterly strongly firmly fully always only so "'.split(
    ' ',
  ),
)

/**
 * Whether the stance phrase at token i is voiced by the speaker's side: the words before it in the content are
 * only pronouns and auxiliaries ("it has opposed"), or the clause opens with an actor's name ("Hungary opposed").
 * A described group ("terrorist organizations threaten …") voices the phrase itself, not the speaker.
 */
function speaksForSubject(
  tokens: readonly Token[],
  lower: readonly string[],
  i: number,
  inContent: readonly Anchor[],
  contentStart: number,
  sides: Sides,
): boolean {
  let k = 0
  while (k < i && (tokens[k] as Token).start < contentStart) k++
  while (k < i && ['that', 'the', '"', "'"].includes(lower[k] as string)) k++
  const opening = tokens[k]
  const subject = inContent.find((anchor) => anchor.start === opening?.start && anchor.form === 'name')
  // "Hungary opposed Y" voices the speaker's side; "Smith's tweets accusing Y", another person's.
  // A party or group is the speaker's side only when it is theirs ("the Greens blamed Y" is the Greens' act); a
  // country is, unless the speaker is known to belong to another side.
  if (opening && k < i && subject)
    return sides.own.has(subject.actor) || (subject.kind === 'country' && !sidesKnown(sides))
  for (; k < i; k++) if (!FUNCTION_WORDS.has(lower[k] as string)) return false
  return true
}

/** Whether the speaker's own side beyond themselves is known: a party, country or organization they belong to. */
function sidesKnown(sides: Sides): boolean {
  for (const actor of sides.own) if (actor !== undefined && actor !== sides.speaker) return true
  return false
}

/**
 * The actor nearest the phrase on its target side. A "must" demands of the actor right before it only ("Russia
 * must withdraw"), not of any actor named earlier ("travellers arriving in the UK must …").
 */
function pickTarget(
  tokens: readonly Token[],
  targets: readonly Anchor[],
  i: number,
  match: StanceCue,
): Anchor | undefined {
  const first = tokens[i] as Token
  const last = tokens[i + match.words.length - 1] as Token
  const before = tokens[i - 1]
  if (match.target === 'after') {
    const target = targets.find((anchor) => anchor.start >= last.end)
    return target && bridges(tokens, i + match.words.length, target.start) ? target : undefined
  }
  const target = targets.findLast((anchor) => anchor.end <= first.start)
  if (MODAL_DEMANDS.has(match.words[0] as string) && (!before || target?.end !== before.end)) return undefined
  // "travellers arriving in France should", "parcels for Oxfam were not delivered": the actor is not the subject.
  if (SUBJECT_ONLY.has(match.words[0] as string) && target && !isSubject(tokens, target, i)) return undefined
  // "Mexico was responsible for": the actor is the phrase's subject, a few words before it.
  if (!target || i - countStartingBefore(tokens, target.end) > NEAR_BEFORE) return undefined
  return target
}

// Stance phrases whose target is their subject only: "Russia should withdraw", "ministers have not delivered".
const SUBJECT_ONLY = new Set(['must', 'should', 'needs', 'not', "n't", 'failed'])
// Words before an actor that make it a preposition's object: "arriving in France", "the plans of Labour".
const PREPOSITIONS = new Set(
  'in into from to at for of on with by across under over about against within without near'.split(' '),
)

/**
 * Whether an actor is the subject of the stance phrase at token i: no preposition before it, and no form of "be"
 * right before the phrase (a passive: "were not delivered").
 */
function isSubject(tokens: readonly Token[], target: Anchor, i: number): boolean {
  const at = countStartingBefore(tokens, target.start)
  if (PREPOSITIONS.has(tokens[at - 1]?.text.toLowerCase() ?? '')) return false
  const previous = tokens[i - 1]?.text.toLowerCase() ?? ''
  return !BE.has(previous)
}

/** How many tokens may stand between a stance phrase's subject and the phrase ("Mexico was fully responsible"). */
const NEAR_BEFORE = 4
/** How many tokens may stand between a stance phrase and its object ("opposed the plan of"). */
const NEAR_AFTER = 4
/** How many tokens a gerund clause after a stance phrase may hold before its actor. */
const NEAR_CLAUSE = 10
// Words that may stand between a stance phrase and the actor it is about: "attacks on the", "support for".
const BRIDGES = new Set(['the', 'a', 'an', 'on', 'upon', 'against', 'for', 'to', 'with', 'of'])

/**
 * Whether the tokens from index `from` up to offset `start` join a stance phrase to the actor after it: a few
 * articles, prepositions, capitalized titles and the head of an object the actor owns ("attack on President",
 * "the plan of"), not a clause of their own ("attacks in the city highlight the threat the").
 */
function bridges(tokens: readonly Token[], from: number, start: number): boolean {
  // "opposed providing military bases in central Asia to the United States": a gerund opens the object clause,
  // whose beneficiary is the actor.
  const first = tokens[from]
  if (first && /^\p{Ll}+ing$/u.test(first.text))
    return countStartingBefore(tokens, start) - from <= NEAR_CLAUSE
  let k = from
  for (; k < tokens.length && (tokens[k] as Token).start < start; k++) {
    if (k - from >= NEAR_AFTER) return false
    const text = (tokens[k] as Token).text
    // The head of an object the actor owns: "opposed the plan of Norway", "the decision by Norway".
    const head = ['of', 'by'].includes(tokens[k + 1]?.text.toLowerCase() ?? '')
    if (!BRIDGES.has(text.toLowerCase()) && !/^\p{Lu}/u.test(text) && !head) return false
  }
  return true
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', "'re", "'m"])

/** Whether token k is a verb, a form of "be" or an adverb: "voted", "are", "firmly". */
function isVerbOrAdverb(tokens: readonly Token[], lower: readonly string[], k: number): boolean {
  const word = lower[k] as string
  return (
    BE.has(word) || ['V', 'VD', 'VN', 'VG', 'R'].includes(guessPos((tokens[k] as Token).text, word, k === 0))
  )
}

// Words before a stance word that make it a noun about someone else's act ("the attacks", "loss of support").
const NOUN_MARKERS = new Set('the a an of his her their its our my your this these those'.split(' '))

/** Whether the stance word at token i is a noun ("the attacks", "Obama's support"), not the speaker's verb. */
function isNounUse(tokens: readonly Token[], lower: readonly string[], i: number): boolean {
  const previous = lower[i - 1]
  if (previous === undefined) return false
  return (
    NOUN_MARKERS.has(previous) || /['\u2019]s?$/.test(previous) || (tokens[i - 1]?.text ?? '').endsWith("'")
  )
}

/** How far the learned polarity must lean toward the judging words' side (over neutral and the other side). */
const LEAN = 0
/** How many of a content's actors the learned polarity looks at. */
const MOST_CANDIDATES = 4

/**
 * The stance the content takes toward an actor it names (by name, and not the speaker's own side): a judging word
 * near the actor, inside the content, gives the direction (negative is `oppose`, positive `support`; the word is
 * the evidence), and the learned polarity toward the actor must lean the same way, over neutral and the other
 * side. Of several actors, the one the learned polarity leans toward the most.
 */
function learnedStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { content } = statement
  // Without a judging word there is no evidence to find: the model is not asked.
  const words = tokensWithin(parsed.tokens, content.start, content.end)
  const judged = words.filter((token) => judgingSign(token.text.toLowerCase()) !== 0)
  if (judged.length === 0) return undefined
  // The model is asked only about actors with a judging word near enough to be the evidence.
  // (The evidence may start at a negator a few words before its judging word.)
  const near = (anchor: Anchor) => judged.some((token) => tokensApart(parsed, anchor, token) <= NEAR + 8)
  const candidates = anchorsWithin(anchors, content.start, content.end)
    // A described group ("rebels in Chad") is talked about, not taken a side against, unless a cue says so; a
    // title the coreference linked to a name ("the chancellor") stands for it.
    .filter(
      (anchor) =>
        (anchor.form === 'name' ||
          anchor.form === 'title' ||
          actsAsState(parsed, anchor) ||
          opensAsSubject(parsed, anchors, anchor, content)) &&
        canTarget(anchor, 'support', sides, true) &&
        // "the Iraq war", "telling the BBC": the judging word is about something else.
        !namesOther(parsed, anchor) &&
        // "Britain will be isolated and weak": the country one lives in is where, not whom, one judges; its forces'
        // acts ("the Israeli assault") are still its own.
        (anchor.actor !== sides.home || actsAsState(parsed, anchor)) &&
        // Without a speaker, only a person judged is clear enough: "Smith screwed everybody", not "a PR stunt".
        (sides.speaker !== '' || anchor.kind === 'person'),
    )
    .slice(0, MOST_CANDIDATES)
    .filter(near)
  let best: Stance | undefined
  let bestLean = Number.NEGATIVE_INFINITY
  for (const anchor of candidates) {
    const sentence = sentenceAround(parsed, anchor.start)
    if (!sentence) continue
    // The speaker's words alone, and the whole sentence: a cue's own tone can hide the content's polarity
    // ("is claiming Labour is united") or show it ("called Y's about-face heartbreaking").
    const scope = { start: Math.max(sentence.start, content.start), end: Math.min(sentence.end, content.end) }
    const text = parsed.view.slice(scope.start, scope.end)
    const target = { start: anchor.start - scope.start, end: anchor.end - scope.start }
    const leans = leansToward(parsed, [scope, sentence], anchor)
    for (const polarity of ['oppose', 'support'] as const) {
      const { lean, other } = leans[polarity]
      // The speaker's own side can be praised, not opposed.
      if (lean <= bestLean || lean <= other || !canTarget(anchor, polarity, sides, true)) continue
      const words = polarityEvidence(text, target, polarity === 'oppose' ? 'negative' : 'positive', judging)
      if (!words) continue
      const evidence = { start: words.start + scope.start, end: words.end + scope.start }
      if (evidence.start < content.start || evidence.end > content.end) continue
      if (setPhraseAt(parsed, evidence)) continue
      const apart = tokensApart(parsed, anchor, evidence)
      // Where the model leans less than over neutral, the judging word must be close: "Smith *misled* voters".
      if (apart > (lean > LEAN && sides.speaker !== '' ? NEAR : CLOSE)) continue
      if (!judgesAnchor(parsed, sentence, anchor, evidence)) continue
      // Praise of a rival camp in the speaker's own words is irony more often than not ("a brilliant machine for
      // talking"); a stance verb ("praised Y") still shows it.
      if (polarity === 'support' && isRival(sides, anchor.actor)) continue
      if (reportedWithin(parsed, anchors, content, evidence, sides)) continue
      // "Y denied any wrongdoing", "Y was cleared of fraud": the wrong is denied, not charged.
      if (polarity === 'oppose' && deniedBefore(parsed, evidence)) continue
      if (actedByOther(parsed, anchors, evidence, anchor, sides)) continue
      // A word that accuses of a wrong act blames ("Smith *misled* voters"); others oppose or support.
      const last = parsed.view.slice(evidence.start, evidence.end).split(/\s+/).at(-1) ?? ''
      const blames = polarity === 'oppose' && accuses(last.toLowerCase())
      best = { target: anchor.actor, polarity: blames ? 'blame' : polarity, evidence }
      bestLean = lean
    }
  }
  return best
}

/**
 * How far the learned polarity toward an actor leans to each side (over neutral and the other side), and how far
 * to the other side, in the one of the given stretches of text around it where it leans that way the most. A
 * stretch that leans the other way does not count against one that leans this way: the speaker's words alone
 * ("Y has broken the pledges") can oppose where the whole sentence, with its cue and a fronted clause, does not.
 * Support is weighed over all stretches at once, as the most it leans each way anywhere.
 */
function leansToward(parsed: ParsedArticle, stretches: readonly Span[], anchor: Span) {
  const none = { lean: Number.NEGATIVE_INFINITY, other: Number.POSITIVE_INFINITY }
  const leans = { oppose: none, support: none }
  let mostSupport = Number.NEGATIVE_INFINITY
  let mostOppose = Number.NEGATIVE_INFINITY
  for (const stretch of stretches) {
    const text = parsed.view.slice(stretch.start, stretch.end)
    const scores = polarityScores(text, {
      start: anchor.start - stretch.start,
      end: anchor.end - stretch.start,
    })
    if (!scores) continue
    const [negative, neutral, positive] = scores as unknown as [number, number, number]
    const oppose = negative - Math.max(neutral, positive)
    const support = positive - Math.max(neutral, negative)
    if (oppose > support && oppose > leans.oppose.lean) leans.oppose = { lean: oppose, other: support }
    mostSupport = Math.max(mostSupport, support)
    mostOppose = Math.max(mostOppose, oppose)
  }
  // Support must lean so in every stretch: "Don't blame Y" is no clear praise.
  if (mostSupport > mostOppose) leans.support = { lean: mostSupport, other: mostOppose }
  return leans
}

// Reporting verbs that, inside a content, give the words after them to someone else: "Y, who called X's …".
const REPORTING = new Set(
  'said says say called calls call described describes told tells claimed claims argued argues accused accuses accusing blamed blames blaming criticised criticized condemned branded brands dubbed'.split(
    ' ',
  ),
)

// Relative pronouns whose clause gives the words after it to the one it describes: "a leader who said …".
const RELATIVE_SUBJECTS = new Set(['who', 'which'])

/**
 * Whether the judging word is another actor's, reported inside the content: an actor not on the speaker's side
 * is named, then a reporting or accusing verb, before the evidence ("the Greens accused Y of *lying*", "Smith, who
 * campaigned on it, called Y's about-face *heartbreaking*").
 */
function reportedWithin(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  content: Span,
  evidence: Span,
  sides: Sides,
): boolean {
  // "criticised a union leader who said Y was *harming* …": someone the content describes says it, named or not.
  const before = tokensWithin(parsed.tokens, content.start, evidence.start).map((token) =>
    token.text.toLowerCase(),
  )
  if (before.some((word, k) => RELATIVE_SUBJECTS.has(word) && REPORTING.has(before[k + 1] ?? ''))) return true
  const other = anchorsWithin(anchors, content.start, evidence.start).find(
    (anchor) => anchor.kind !== 'location' && !sides.own.has(anchor.actor),
  )
  if (!other) return false
  return tokensWithin(parsed.tokens, other.end, evidence.start).some((token) =>
    REPORTING.has(token.text.toLowerCase()),
  )
}

/**
 * Whether the judging word is the verb of another actor than the target and the speaker's side, named right before
 * it: "the Greens *blamed* Y" reports the Greens' act, not the speaker's stance.
 */
function actedByOther(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  evidence: Span,
  target: Anchor,
  sides: Sides,
): boolean {
  if (target.start < evidence.end) return false
  const { tokens } = parsed
  const at = countStartingBefore(tokens, evidence.start)
  const word = tokens[at]
  if (!word || !['V', 'VD', 'VN', 'VG'].includes(guessPos(word.text, word.text.toLowerCase(), false)))
    return false
  const subject = anchorsWithin(anchors, tokens[Math.max(0, at - 2)]?.start ?? 0, evidence.start).at(-1)
  return subject !== undefined && subject.actor !== target.actor && !sides.own.has(subject.actor)
}

// Words that deny a wrong named after them: "denied any wrongdoing", "cleared of fraud", "rejected claims of".
const DENYING =
  /^(?:den(?:y|ies|ied|ying|ial|ials)|refut(?:e|es|ed|ing)|clear(?:ed|s)|acquit(?:s|ted)?|exonerat(?:e|es|ed|ing)|absolv(?:e|es|ed|ing)|innocent)$/
/** How many tokens before a judging word a denial may stand: "denied any wrongdoing", "cleared of all charges of fraud". */
const DENIAL_REACH = 4

/** Whether a denial stands a few tokens before the judging word, in its clause. */
function deniedBefore(parsed: ParsedArticle, evidence: Span): boolean {
  const { tokens } = parsed
  const at = countStartingBefore(tokens, evidence.start)
  for (let k = at - 1; k >= Math.max(0, at - DENIAL_REACH); k--) {
    const lower = (tokens[k] as Token).text.toLowerCase()
    if (DENYING.test(lower)) return true
    if (/^[,.;:]$/.test(lower)) return false
  }
  return false
}

/** Whether an actor belongs to another organization than the speaker's, both known. */
function isRival(sides: Sides, actor: string): boolean {
  const camp = sides.campOf?.(actor)
  return sides.camp !== undefined && camp !== undefined && camp !== sides.camp
}

/** Whether the judging word that ends `evidence` speaks of the actor, not of another word's object. */
function judgesAnchor(parsed: ParsedArticle, sentence: Sentence, anchor: Span, evidence: Span): boolean {
  const tokens = parsed.tokens.slice(sentence.firstToken, sentence.lastToken)
  const index = (offset: number) => countStartingBefore(tokens, offset)
  return judgesTarget(
    tokens.map((token) => token.text),
    index(evidence.end) - 1,
    index(anchor.start),
    index(anchor.end),
  )
}

/** How many tokens apart an actor and the judging word about it may be. */
const NEAR = 10
/** How many, when the learned polarity leans to the word's side over the other side but not over neutral. */
const CLOSE = 3

/** How many tokens lie between two spans that do not overlap. */
function tokensApart(parsed: ParsedArticle, a: Span, b: Span): number {
  const [first, second] = a.start < b.start ? [a, b] : [b, a]
  return countStartingBefore(parsed.tokens, second.start) - countStartingBefore(parsed.tokens, first.end)
}

// Verbs that name their object something: "called Y a disgrace", "branded Y's plans a con", "described Y as".
const NAMING = /^(?:call|brand|dub|label|describ|term)/
const CLAUSE_BREAKS = new Set(['who', 'which', 'that', 'after', 'because', 'when', 'but', 'for', 'over'])
/** How many tokens after a named object the judging word may stand: "called Y's plans an absolute disgrace". */
const NEAR_NAME = 6

/**
 * The stance of a naming verb toward its object, by the judging word it names it with: "called Y a disgrace"
 * opposes, "branded Y liars" blames, "described Y as brilliant" supports (not a rival, whose praise is irony).
 */
function namingStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { cue, content } = statement
  if (!cue) return undefined
  const { tokens } = parsed
  const cueTokens = tokensWithin(tokens, cue.start, cue.end)
  const verb = cueTokens.findLast((token) => NAMING.test(token.text.toLowerCase()))
  if (!verb || NOUN_ENDING.test(verb.text)) return undefined
  // The object opens the content, past an article and a title: "called [the] Y …", "described [Governor] Y as".
  const words = tokensWithin(tokens, content.start, content.end)
  const object = anchorsWithin(anchors, Math.max(0, content.start - 40), content.start + 40).find(
    (anchor) => anchor.end > content.start,
  )
  // A demonym for a state that acts names it too: "called the Russian strikes a violation".
  const named = object && (object.form === 'name' || object.form === 'title' || actsAsState(parsed, object))
  if (!object || !named || ownsRelative(parsed, object)) return undefined
  const before = words.filter((token) => token.start < object.start)
  if (before.some((token) => token.text.toLowerCase() !== 'the' && !/^\p{Lu}/u.test(token.text)))
    return undefined
  const after = countStartingBefore(words, object.end)
  for (let k = after; k < Math.min(words.length, after + NEAR_NAME); k++) {
    const word = (words[k] as Token).text.toLowerCase()
    // "described Y as a friend who was unfairly attacked": a clause of its own says the rest.
    if (CLAUSE_BREAKS.has(word)) return undefined
    const sign = judgingSign(word)
    if (
      sign === 0 ||
      isNegated(
        words.map((token) => token.text.toLowerCase()),
        k,
      )
    )
      continue
    const polarity = sign < 0 ? (accuses(word) ? 'blame' : 'oppose') : 'support'
    if (!canTarget(object, polarity, sides, true)) return undefined
    if (polarity === 'support' && isRival(sides, object.actor)) return undefined
    const token = words[k] as Token
    return { target: object.actor, polarity, evidence: { start: token.start, end: token.end } }
  }
  return undefined
}

/** How many tokens apart an answerable actor and the outcome it is held to may be. */
const NEAR_OUTCOME = 12

/**
 * The stance of a content that holds an actor answerable for a bad outcome in its sentence: "voters face
 * *higher taxes* under Labour", "if Labour is elected there will be a *tax increase*" oppose Labour; the outcome
 * is the evidence. Not a good one, judged over the outcome's clause ("lower taxes under Labour", "under Labour, debt
 * has been falling", "if Labour wins, it will tackle poverty").
 */
function answerableStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { content } = statement
  for (const anchor of anchorsWithin(anchors, content.start, content.end)) {
    if (anchor.form !== 'name' && anchor.form !== 'title') continue
    if (anchor.kind === 'location' || !canTarget(anchor, 'oppose', sides)) continue
    if (namesOther(parsed, anchor)) continue
    const sentence = sentenceAround(parsed, anchor.start)
    if (!sentence) continue
    const tokens = tokensWithin(
      parsed.tokens,
      Math.max(sentence.start, content.start),
      Math.min(sentence.end, content.end),
    )
    const lower = tokens.map((token) => token.text.toLowerCase())
    const first = countStartingBefore(tokens, anchor.start)
    const end = countStartingBefore(tokens, anchor.end)
    if (!answerable(lower, first, end)) continue
    for (let k = Math.max(0, first - NEAR_OUTCOME); k < Math.min(tokens.length, end + NEAR_OUTCOME); k++) {
      if (k >= first && k < end) continue
      const length = badOutcomeAt(lower, k)
      if (length === 0 || isNegated(lower, k)) continue
      if (outcomeLessened(lower, k, length)) continue
      const evidence = { start: (tokens[k] as Token).start, end: (tokens[k + length - 1] as Token).end }
      return { target: anchor.actor, polarity: 'oppose', evidence }
    }
  }
  return undefined
}

/** The judging words of the stance lexicon, as strong evidence. */
const judging = (lower: string) => judgingSign(lower)

/** The sentence that holds an offset, by binary search. */
function sentenceAround(parsed: ParsedArticle, offset: number): Sentence | undefined {
  const sentence = parsed.sentences[countStartingBefore(parsed.sentences, offset + 1) - 1]
  return sentence && sentence.end > offset ? sentence : undefined
}

/** The tokens inside [start, end), by binary search. */
function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  const low = countStartingBefore(tokens, start)
  let stop = low
  while (stop < tokens.length && (tokens[stop] as Token).end <= end) stop++
  return tokens.slice(low, stop)
}
