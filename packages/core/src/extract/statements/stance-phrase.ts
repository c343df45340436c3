import { boundedMemo } from '../../parse/bounded-memo.ts'
import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import type { Anchor } from './anchors.ts'
import { BE_FORMS as BE } from './lexicon.ts'
import { guessPos } from './pos.ts'
import { feltToward, isFeeling } from './stance-feelings.ts'
import {
  ANY_WORD,
  badOutcomeAt,
  NEGATORS,
  OBJECT_EXCLUSIONS,
  REGARD_VERBS,
  STANCE_CUES,
  type StanceCue,
} from './stance-lexicon.ts'
import { isParticiple, passiveAt } from './stance-passive.ts'
import { inReportedClause } from './stance-reported-clause.ts'
import { canTarget, type Sides, sidesKnown } from './stance-sides.ts'
import { opensAsSubject } from './stance-subject.ts'
import { bridges, contentWords, isLyAdverb, isNegated, NOUN_ENDING, QUOTE_MARKS } from './stance-words.ts'

/** The stance of a stance phrase in the content ("will not tolerate", "are responsible for", "welcomed"). */
export function phraseStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { content } = statement
  const { tokens, lower, inContent } = contentWords(parsed, statement, anchors)
  for (let i = 0; i < tokens.length; i++) {
    const match = cuesOpenedBy(lower[i] as string).find((stanceCue) => matchesAt(lower, i, stanceCue))
    if (!match) continue
    const first = tokens[i] as Token
    const last = tokens[i + match.words.length - 1] as Token
    const negated = isNegated(lower, i) && !match.words.some((word) => NEGATORS.has(word))
    if (negated && match.polarity !== 'support') continue
    const polarity = negated ? 'oppose' : match.polarity
    // "we have (full) confidence in Y" is the speaker's trust; "confidence in Y had fallen", "lost confidence in Y"
    // are no one's, or gone.
    if (
      (match.words[0] === 'confidence' || match.words[0] === 'faith') &&
      !HELD_CONFIDENCE.has(lower[i - 1] ?? '')
    )
      continue
    // "responsible for housing", "who is responsible for running the council": a duty, not a wrong.
    if (match.words[0] === 'responsible' && namesDuty(lower, i)) continue
    // "ought to" is read as "should" is: "Y ought to resign", "Y ought to have known", "Y ought to win".
    const should = (match.words.length === 1 && match.words[0] === 'should') || match.words[0] === 'ought'
    const modalEnd = i + match.words.length
    // "Y should have resigned": a reproach of what Y did not do, said of Y, as a "should" is. Not "should be"
    // and a participle: "should be meeting the union on Friday" is mostly a forecast of a plan.
    const reproach = should && reproachAt(lower, modalEnd)
    // A reproach looks back at what Y did: it blames Y, and asks nothing Y could still do.
    const judged = reproach ? 'blame' : polarity
    // "X must be feeling", "X must have known": a guess, not a demand.
    if (
      MODAL_DEMANDS.has(match.words[0] as string) &&
      guessesWith(lower, i + match.words.length) &&
      !reproach
    )
      continue
    // "Y was not wanted to speak", "Y is not wanted by the police": barred from an act, or not sought; no rejection.
    if (match.words[2] === 'wanted' && BARRED_AFTER.has(lower[modalEnd] ?? '')) continue
    // "… and not wanted" is said of the subject of a form of "be" just before: "Y are not needed and not wanted".
    if (
      match.words[0] === 'and' &&
      !lower.slice(Math.max(0, i - COORDINATED_REACH), i).some((word) => BE.has(word))
    )
      continue
    // "Y has a duty to resign" asks an act; "Y's duty to the party", "an obligation to its members" only name a tie.
    if (OBLIGATIONS.has(match.words[0] as string) && NOUN_MARKERS.has(lower[modalEnd] ?? '')) continue
    // "Y should be fine", "Y should win": what a "should" is said of ("be", a result) is a forecast as often as not.
    if (should && FORECAST_AFTER.has(lower[modalEnd] ?? '') && !reproach && !accountAt(lower, modalEnd))
      continue
    // "Y should end up with the assets": where Y lands is a forecast, as "Y should win" is.
    if (should && lower[modalEnd] === 'end' && lower[modalEnd + 1] === 'up') continue
    // "Y should not be criticised", "Y must be sacked": what is to be done to Y demands nothing of Y.
    if (match.target === 'before' && match.polarity === 'demand' && passiveAt(lower, i + match.words.length))
      continue
    // "terrorist groups in X threaten Y": the phrase belongs to someone the speaker talks about, not to a side.
    // "an opportunity for Y to", "time for Y to" name no one's act before them: the demand is the speaker's.
    if (
      match.target === 'after' &&
      !DUE_FOR.has(match.words[0] as string) &&
      !speaksForSubject(tokens, lower, i, inContent, content.start, sides)
    )
      continue
    // "the attacks", "loss of support", "criticism of": a noun for someone's act, not a side the speaker takes.
    if (
      match.target === 'after' &&
      (match.prefixes[0] !== null || REGARD.has(match.words[0] as string)) &&
      isNounUse(tokens, lower, i)
    )
      continue
    if (match.prefixes[0] !== null && NOUN_ENDING.test(lower[i] as string)) continue
    // "*thankfully*", "*backwardly*": an adverb of the word tells the speaker's mood, no side taken.
    if (match.prefixes[0] !== null && isLyAdverb(lower[i] as string)) continue
    // "we are against X", "voted against X"; not "violence against X", someone else's act.
    if (match.words[0] === 'against' && i > 0 && !isVerbOrAdverb(tokens, lower, i - 1)) continue
    // "Well, he should do it": a pronoun right before a modal demand is its subject, as a name would be.
    const subject = MODAL_DEMANDS.has(match.words[0] as string) ? subjectBefore(tokens, i) : undefined
    const targets = inContent.filter((anchor) =>
      canTarget(
        anchor,
        judged,
        sides,
        opensAsSubject(parsed, anchors, anchor, content) ||
          // "it", "they" read as the one body in view (stance-body-pronouns.ts): a subject.
          (anchor.form === 'pronoun' &&
            anchor.kind !== 'person' &&
            sides.readPronouns?.has(anchor.start) === true) ||
          (anchor.form === 'pronoun' &&
            anchor.start === subject?.start &&
            PERSONAL.has(subject.text.toLowerCase())) ||
          // "the time has come for him to apologise": the one due to act, as the stance stage read the pronoun.
          (anchor.form === 'pronoun' &&
            DUE_FOR.has(match.words[0] as string) &&
            sides.readPronouns?.has(anchor.start) === true),
      ),
    )
    // "X rather than Y should form the government": Y is the one passed over, and the phrase is said of X.
    const passed =
      match.target === 'before' ? targets.filter((anchor) => passedOver(parsed.tokens, anchor.start)) : []
    // "the Green Party, rather than Labour, deserves": the aside passed over does not count toward the reach.
    const aside = passed.reduce((sum, anchor) => sum + asideLength(tokens, anchor, first.start), 0)
    const eligible = targets.filter((anchor) => !passed.includes(anchor))
    const target = pickTarget(tokens, eligible, i, match, NEAR_BEFORE + aside)
    if (!target) continue
    // "happy with the result of Y's vote": a feeling is about what its preposition brings in (stance-feelings.ts);
    // "proud of the country's firms" is pride in where one lives, no side taken.
    if (
      isFeeling(match.words[0] as string) &&
      (target.actor === sides.home || !feltToward(tokens, i + match.words.length, target.start))
    )
      continue
    // "a decision that Y should merge was taken": what someone else decided or reported, no demand of the speaker's.
    if (
      match.target === 'before' &&
      MODAL_DEMANDS.has(match.words[0] as string) &&
      inReportedClause(parsed.tokens, target.start)
    )
      continue
    // "she welcomed Y to the city": a host's welcome, as after a stance verb in the cue.
    const after = parsed.tokens[countStartingBefore(parsed.tokens, target.end)]?.text.toLowerCase() ?? ''
    if (match.target === 'after' && OBJECT_EXCLUSIONS.get(match.prefixes[0] ?? '')?.has(after)) continue
    if (
      match.prefixes[0] === 'agree' &&
      arrangedWith(lower[i] as string, parsed.tokens, countStartingBefore(parsed.tokens, target.end))
    )
      continue
    // "it is up to Y to decide", not "up to Y's inquiry to decide": the one who must act comes right before "to"
    // ("it is time for Y to", "an opportunity for Y to"; not "time for Y's leader").
    if ((match.words.at(-2) === 'up' || DUE_FOR.has(match.words[0] as string)) && after !== 'to') continue
    return { target: target.actor, polarity: judged, evidence: { start: first.start, end: last.end } }
  }
  return undefined
}

/**
 * Whether "agree* with Y", Y ending before token k, is a deal made with Y, not a view shared: "agreed with Y to cut
 * fees", "agreed with Y (in May) that talks would resume". A view is shared by a present "agree(s) with Y that" ("I
 * agree with Y that it is unfair"), by "to" before no verb ("to some extent"), and by a past "that" whose clause
 * settles nothing to come ("she agreed with Y that the cuts had gone too far": reported speech puts the view in the past).
 */
function arrangedWith(verb: string, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k]?.text.toLowerCase() ?? ''
  if (next === 'to') return verbFollows(tokens, k + 1)
  if (verb === 'agree' || verb === 'agrees') return false
  // A short phrase of time or place may come between: "agreed with Y in 2003 that"; not a clause's punctuation.
  for (let j = k; j < k + THAT_REACH; j++) {
    const word = tokens[j]?.text.toLowerCase() ?? ''
    if (word === 'that') return settlesWhatComes(tokens, j + 1)
    if (!/^[\p{L}\p{N}]+$/u.test(word) || word === 's') return false
  }
  return false
}

/** How many words after "agreed with Y" a "that" opening the terms settled may stand. */
const THAT_REACH = 4

/**
 * Whether the word at k (past one adverb: "to jointly fund") can be a bare verb. Most bare verbs are also nouns in
 * the lexicon ("freeze", "delay"), so a noun counts; a determiner, pronoun, adjective or number opens a measure of
 * agreement instead ("to some extent", "to a point", "to what degree").
 */
function verbFollows(tokens: readonly Token[], k: number): boolean {
  const tagAt = (j: number) => guessPos(tokens[j]?.text ?? '', tokens[j]?.text.toLowerCase() ?? '', false)
  const tag = tagAt(k) === 'R' ? tagAt(k + 1) : tagAt(k)
  return BARE_VERB_TAGS.has(tag)
}

// Coarse tags a bare verb after "to" may get from the lexicon, which tags a word by its most frequent use.
const BARE_VERB_TAGS = new Set(['V', 'VN', 'N'])

/**
 * Whether the that-clause from token k, to the end of its sentence, sets what is to come: a future or binding modal
 * ("that the vote would be delayed", "that both sides should drop the case") or "be to" before a verb ("that both
 * were to step aside"); not a "to" after a judging word, which voices a view ("that it was wrong to cut fees").
 */
function settlesWhatComes(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + CLAUSE_REACH; j++) {
    const word = tokens[j]?.text.toLowerCase()
    if (word === undefined || SENTENCE_ENDS.has(word)) return false
    if (DEAL_MODALS.has(word)) return true
    const before = tokens[j - 1]?.text.toLowerCase() ?? ''
    if (word === 'to' && BE.has(before) && verbFollows(tokens, j + 1)) return true
  }
  return false
}

/** How many words of a that-clause are searched for a sign of terms settled. */
const CLAUSE_REACH = 16

// Punctuation that ends the that-clause's sentence.
const SENTENCE_ENDS = new Set(['.', '!', '?', ';'])

// Modals of what is to come or is owed, which mark the terms of a deal.
const DEAL_MODALS = new Set(['would', 'will', 'should', 'shall'])

/** Whether "than" stands right before an actor, past an article: "rather than (the) Y", "more than Y". */
function passedOver(tokens: readonly Token[], start: number): boolean {
  let k = countStartingBefore(tokens, start) - 1
  if (tokens[k]?.text.toLowerCase() === 'the') k--
  return tokens[k]?.text.toLowerCase() === 'than'
}

/** How many tokens ", rather than (the) Y," spans, when it ends before `before`; 0 when it does not. */
function asideLength(tokens: readonly Token[], anchor: Anchor, before: number): number {
  if (anchor.end > before) return 0
  let open = countStartingBefore(tokens, anchor.start) - 1
  while (open >= 0 && ASIDE_WORDS.has(tokens[open]?.text.toLowerCase() ?? '')) open--
  let close = countStartingBefore(tokens, anchor.end)
  if (tokens[close]?.text === ',') close++
  return close - (open + 1)
}

// Words that open an aside on the one passed over: ", rather than the".
const ASIDE_WORDS = new Set([',', 'rather', 'than', 'the'])

/** How many words before "and not wanted" the form of "be" it coordinates with may stand. */
const COORDINATED_REACH = 3

// Words after "is not wanted" that make it no rejection of its subject.
const BARRED_AFTER = new Set(['to', 'by'])

// Nouns that, before "for Y to", say what Y is due to do: "an opportunity for Y to", "time for Y to".
const DUE_FOR = new Set(['opportunity', 'time'])

// Nouns of a duty one is responsible for: "responsible for the health brief", "for housing policy".
const DUTY_NOUNS =
  /^(?:brief|portfolio|policy|policies|department|ministry|affairs|budget|programme|program|sector|services?|relations|matters|decisions|procurement|operations|strategy)$/

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

// Verbs that voice the phrase after them: "she expressed confidence in Y", "they voiced support for Y".
const VOICING = 'express expressed expresses expressing voice voiced voices voicing'.split(' ')

// The verbs of regard, whose noun ("the trust", "our trust") is a body or a feeling, not the speaker's verb.
const REGARD: ReadonlySet<string> = new Set(REGARD_VERBS)

// Words right before "confidence in Y" that make it confidence held ("have confidence", "full confidence") or
// voiced ("expressed confidence").
const HELD_CONFIDENCE: ReadonlySet<string> = new Set([
  ...'have has had having full complete total every'.split(' '),
  ...VOICING,
])

// Stance phrases that demand of the actor right before them only: "Russia must withdraw", "the UK should not
// ignore", "the government needs to act".
const MODAL_DEMANDS = new Set(['must', 'should', 'ought', 'needs', 'need', 'needed'])

// Words after a bare "should" that make it a forecast: "Labour should win", "the talks should be over soon", "the
// economies of X should emerge unscathed".
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
  'emerge',
  'recover',
  'grow',
  'rise',
  'fall',
  'improve',
  'remain',
  'continue',
  'benefit',
  'survive',
  'prove',
])

// Verbs of a forecast that, with an account or a duty as object, ask for it: "should make a statement", "should
// take responsibility", "should come clean".
const ACCOUNT_VERBS = new Set(['make', 'take', 'come'])
// Words that open the object: "make *a full* statement", "take *the* blame".
const ACCOUNT_OPENERS = new Set([
  'a',
  'an',
  'the',
  'full',
  'public',
  'formal',
  'proper',
  'personal',
  'immediate',
])
// Accounts and duties a "should" asks of its subject: "a statement", "an apology", "responsibility", "clean".
const ACCOUNTS =
  /^(?:statements?|apology|apologies|explanation|clear|clean|responsibility|action|steps|decision|amends|stand)$/

/** Whether the words from k ask for an account or a duty: "make a statement", "take responsibility", "come clean". */
function accountAt(lower: readonly string[], k: number): boolean {
  if (!ACCOUNT_VERBS.has(lower[k] ?? '')) return false
  let j = k + 1
  while (j < k + 3 && ACCOUNT_OPENERS.has(lower[j] ?? '')) j++
  return ACCOUNTS.test(lower[j] ?? '')
}

/**
 * Whether "have" and a past participle start at token k: "should *have resigned*", "should *have known*". Not
 * "have been": "should have been sacked" is what was to be done to Y, "should have been the winner" a judgement
 * of chances, neither a reproach of Y's own act.
 */
function reproachAt(lower: readonly string[], k: number): boolean {
  return lower[k] === 'have' && isParticiple(lower[k + 1] ?? '')
}

// Subject pronouns that stand for another actor before a modal demand: "he should", "they must".
const PERSONAL = new Set(['he', 'she', 'they'])

/** The token right before token i that may be its subject, past a quotation mark that opens a quoted verb phrase. */
function subjectBefore(tokens: readonly Token[], i: number): Token | undefined {
  const before = tokens[i - 1]
  return before && QUOTE_MARKS.has(before.text) ? tokens[i - 2] : before
}

/** Whether the words after a "must" make it a guess: "must be feeling", "must have known", "must be right". */
function guessesWith(lower: readonly string[], k: number): boolean {
  if (lower[k] === 'have') return true
  return lower[k] === 'be' && /(?:ing|^right|^wrong|^true|^joking|^mad)$/.test(lower[k + 1] ?? '')
}

// The stance phrases a word can open, in their order, per distinct word: the list is read once per word rather than
// once per token of every content. Bounded, so that memory stays flat on any input.
const MOST_WORDS = 50_000
const cuesOpenedBy = boundedMemo(MOST_WORDS, (word: string): readonly StanceCue[] =>
  STANCE_CUES.filter((stanceCue) => {
    const prefix = stanceCue.prefixes[0]
    return prefix ? word.startsWith(prefix) : word === stanceCue.words[0]
  }),
)

// Parts of speech that cannot be a free adjective in a cue: "no doubt *the* effect" is no "no … effect".
const FUNCTION_TAGS = new Set(['D', 'I', 'PR', 'C', 'TO', 'M', 'W', 'S'])

function matchesAt(lower: readonly string[], i: number, stanceCue: StanceCue): boolean {
  return stanceCue.words.every((word, k) => {
    const text = lower[i + k]
    if (text === undefined) return false
    if (word === ANY_WORD)
      return /^[a-z][a-z-]*$/.test(text) && !FUNCTION_TAGS.has(guessPos(text, text, false))
    const prefix = stanceCue.prefixes[k]
    return prefix ? text.startsWith(prefix) : text === word
  })
}

// Words that may stand between a clause's start and its verb without naming a subject of their own.
const FUNCTION_WORDS = new Set(
  'that the a an it its we i he she they this these us our their his her will would shall should can could may might must has have had am is are was were be been do does did not n\'t never also still bitterly strongly firmly fully full complete total every always only so "'
    .split(' ')
    .concat(VOICING),
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
  // "If you look at what I do, I attack Y": a clause the speaker opens in the first person voices the phrase.
  if (firstPersonClause(lower, k, i)) return true
  // "we are *extremely* sceptical of Y", "we *strongly* oppose Y": an adverb of degree keeps the speaker's voice.
  for (; k < i; k++)
    if (!FUNCTION_WORDS.has(lower[k] as string) && !DEGREE.has(lower[k] as string)) return false
  return true
}

// Adverbs of degree, which leave a phrase the speaker's own: "we are *extremely* sceptical", "we *strongly* oppose".
// Not adverbs of time or manner ("he *repeatedly* warned"), which report an act.
const DEGREE = new Set(
  'very extremely deeply highly strongly totally completely fully entirely firmly utterly profoundly increasingly still'.split(
    ' ',
  ),
)

// Who speaks for themselves: "I", "we".
const FIRST_PERSON = new Set(['i', 'we'])

// Contracted auxiliaries after "I" or "we": "I've", "we'll".
const CONTRACTED = new Set([
  "'ve",
  "'ll",
  "'d",
  "'m",
  "'re",
  '\u2019ve',
  '\u2019ll',
  '\u2019d',
  '\u2019m',
  '\u2019re',
])

// What may end the clause before one the speaker opens: "…, I attack Y", "… and we oppose Y".
const CLAUSE_ENDS = new Set([',', ';', ':', '.', 'and', 'but', 'so', '"', '\u201c'])

// Function words that open a subject of their own: "I say they attack Y" is not the speaker attacking.
const OTHER_SUBJECTS = new Set('that the a an it its he she they this these his her their'.split(' '))

/**
 * Whether the stance phrase at token i is the verb of a clause that opens with "I" or "we", past only auxiliaries
 * and adverbs ("I attack Y", ", we have always opposed Y"); the clause opens the content or follows a comma or a
 * conjunction.
 */
function firstPersonClause(lower: readonly string[], from: number, i: number): boolean {
  let j = i - 1
  while (j > from && !FIRST_PERSON.has(lower[j] as string)) {
    const word = lower[j] as string
    const auxiliary =
      CONTRACTED.has(word) || (FUNCTION_WORDS.has(word) && !OTHER_SUBJECTS.has(word) && /^[a-z]+$/.test(word))
    if (!auxiliary) return false
    j--
  }
  if (j < from || !FIRST_PERSON.has(lower[j] as string)) return false
  return j === from || CLAUSE_ENDS.has(lower[j - 1] as string)
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
  reach: number,
): Anchor | undefined {
  const first = tokens[i] as Token
  const last = tokens[i + match.words.length - 1] as Token
  if (match.target === 'after') {
    const target = targets.find((anchor) => anchor.start >= last.end)
    return target && bridges(tokens, i + match.words.length, target.start) ? target : undefined
  }
  const target = targets.findLast((anchor) => anchor.end <= first.start)
  const subject = subjectBefore(tokens, i)
  if (MODAL_DEMANDS.has(match.words[0] as string) && (!subject || target?.end !== subject.end))
    return undefined
  // "travellers arriving in France should", "parcels for Oxfam were not delivered": the actor is not the subject.
  if (SUBJECT_ONLY.has(match.words[0] as string) && target && !isSubject(tokens, target, i)) return undefined
  // "Mexico was responsible for": the actor is the phrase's subject, a few words before it.
  if (!target || i - countStartingBefore(tokens, target.end) > reach) return undefined
  return target
}

// Stance phrases whose target is their subject only: "Russia should withdraw", "ministers have not delivered".
// "The offer from Y was not wanted" rejects the offer, not Y: "is not wanted" is said of its subject only too.
const SUBJECT_ONLY = new Set([
  ...['must', 'should', 'ought', 'needs', 'need', 'needed', 'not', "n't", 'failed'],
  ...['is', 'are', 'was', 'were', 'and'],
])

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

/** Whether token k is a verb, a form of "be" or an adverb: "voted", "are", "firmly". */
function isVerbOrAdverb(tokens: readonly Token[], lower: readonly string[], k: number): boolean {
  const word = lower[k] as string
  return (
    BE.has(word) || ['V', 'VD', 'VN', 'VG', 'R'].includes(guessPos((tokens[k] as Token).text, word, k === 0))
  )
}

// The nouns of what one owes, a demand only before the act owed: "a duty to act", not "a duty to the party".
const OBLIGATIONS: ReadonlySet<string> = new Set(['obligation', 'duty'])

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
