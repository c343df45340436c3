import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Sentence, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import { polarityEvidence } from '../polarity/evidence.ts'
import { polarityScores } from '../polarity/polarity-toward.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { guessPos } from './pos.ts'
import { actsAsState } from './stance-demonym.ts'
import { insideDeniedClaim } from './stance-denied-claim.ts'
import { accuses, inSetPhrase, judgingSign } from './stance-lexicon.ts'
import { judgesTarget } from './stance-link.ts'
import { namesOther } from './stance-modifier.ts'
import { partOfName } from './stance-name-part.ts'
import { isActNoun } from './stance-possessor.ts'
import { reportedAttitude } from './stance-reported-attitude.ts'
import { canTarget, isRival, type Sides } from './stance-sides.ts'
import { opensAsSubject } from './stance-subject.ts'
import { NEAR, sentenceAround, tokensApart, tokensWithin } from './stance-words.ts'

/** Whether the judging word that ends `evidence` stands in a set phrase: "good reason to", "what good did it do". */
function setPhraseAt(parsed: ParsedArticle, evidence: Span): boolean {
  const { tokens } = parsed
  const at = countStartingBefore(tokens, evidence.end) - 1
  const text = (k: number) => tokens[k]?.text.toLowerCase() ?? ''
  return inSetPhrase(text(at - 1), text(at), text(at + 1))
}

// Pronouns that stand for a person as a subject or an object; a possessive ("his divorce") more often names a
// thing of someone the coreference did not see.
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'they', 'them'])

/**
 * Whether an anchor is a person's pronoun in the speaker's own quoted words: "he's been crass", "he has so
 * woefully failed". In reported speech a pronoun is most often the speaker ("Y admitted he was wrong"), which
 * the coreference does not always see.
 */
function quotedPersonPronoun(
  parsed: ParsedArticle,
  statement: Statement,
  anchor: Anchor,
  sides: Sides,
): boolean {
  return (
    anchor.form === 'pronoun' &&
    anchor.kind === 'person' &&
    (statement.mode === 'direct' || sides.readPronouns?.has(anchor.start) === true) &&
    PERSON_PRONOUNS.has(parsed.view.slice(anchor.start, anchor.end).toLowerCase())
  )
}

/** How far the learned polarity must lean toward the judging words' side (over neutral and the other side). */
const LEAN = 0

/** The rank of an oppose the judging word alone carries, against the model's lean: below any the model backs. */
const LED_LEAN = -1e6

// Judging words that mostly tell a degree: "*desperately* needs", "*terribly* sorry", "went *badly*".
const DEGREE = new Set(['desperately', 'terribly', 'awfully', 'badly', 'dreadfully', 'horribly'])

/** How many of a content's actors the learned polarity looks at. */
const MOST_CANDIDATES = 4

/**
 * The stance the content takes toward an actor it names (by name, and not the speaker's own side): a judging word
 * near the actor, inside the content, gives the direction (negative is `oppose`, positive `support`; the word is
 * the evidence), and the learned polarity toward the actor must lean the same way, over neutral and the other
 * side, or, for a negative word close to the actor and said of it, need not. Of several actors, the one the learned
 * polarity leans toward the most. `judging` tells the judging words (the stance lexicon's by default).
 */
export function learnedStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
  judging: (lower: string) => -1 | 0 | 1 = judgingSign,
): Stance | undefined {
  const { content } = statement
  // Without a judging word there is no evidence to find: the model is not asked.
  const words = tokensWithin(parsed.tokens, content.start, content.end)
  const signOf = signsOf(judging)
  const judged = words.filter((token) => signOf(token.text) !== 0)
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
          quotedPersonPronoun(parsed, statement, anchor, sides) ||
          // "it", "they" read as the one body in view (stance-body-pronouns.ts).
          (anchor.form === 'pronoun' &&
            anchor.kind !== 'person' &&
            sides.readPronouns?.has(anchor.start) === true) ||
          // "the plans" read as the one actor shown issuing them, a person too ("Smith unveiled plans").
          (anchor.form === 'pronoun' && sides.readActs?.has(anchor.start) === true) ||
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
    // The judging word each side needs, looked for before the model is asked: where neither side has one, the
    // model's lean decides nothing. (The speaker's own side can be praised, not opposed.)
    const wordsFor = (polarity: 'oppose' | 'support') =>
      canTarget(anchor, polarity, sides, true)
        ? polarityEvidence(text, target, polarity === 'oppose' ? 'negative' : 'positive', judging)
        : null
    const judgedBy = { oppose: wordsFor('oppose'), support: wordsFor('support') }
    if (!judgedBy.oppose && !judgedBy.support) continue
    // The tests that do not hang on the model's lean come first: where they leave neither side its judging word, the
    // model is not asked. (All are pure tests of the text, so their order does not change the answer.)
    const clearFor = (polarity: 'oppose' | 'support') => {
      const words = judgedBy[polarity]
      return (
        words && clearEvidence(parsed, statement, anchors, sides, sentence, anchor, polarity, scope, words)
      )
    }
    const clear = { oppose: clearFor('oppose'), support: clearFor('support') }
    if (!clear.oppose && !clear.support) continue
    // Where the speaker's words are the whole sentence, one reading of it serves both.
    const whole = scope.start === sentence.start && scope.end === sentence.end
    const leans = leansToward(parsed, whole ? [scope] : [scope, sentence], anchor)
    for (const polarity of ['oppose', 'support'] as const) {
      const found = clear[polarity]
      if (!found) continue
      // Where the model does not lean the judging word's way, a negative word close to the actor and said of it
      // still judges it ("glad Y had been *shamed*", "to expose Y's *incompetence*"): the model misreads judged
      // content among words of praise. Such a stance ranks below any the model backs.
      const led = polarity === 'oppose' && sides.speaker !== '' && leans.oppose.lean <= leans.oppose.other
      const { lean, other } = led ? { lean: LED_LEAN, other: Number.NEGATIVE_INFINITY } : leans[polarity]
      if (lean <= bestLean || lean <= other) continue
      // Where the model leans less than over neutral, the judging word must be close: "Smith *misled* voters".
      if (found.apart > (lean > LEAN && sides.speaker !== '' ? NEAR : CLOSE)) continue
      const { evidence } = found
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
 * The judging word `words` (found in `scope`) as the evidence of a stance of `polarity` toward `anchor`, with how far
 * apart they are, where every test that does not hang on the learned polarity's lean lets it stand; else null.
 */
function clearEvidence(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
  sentence: Sentence,
  anchor: Anchor,
  polarity: 'oppose' | 'support',
  scope: Span,
  words: Span,
): { evidence: Span; apart: number } | null {
  const { content } = statement
  const evidence = { start: words.start + scope.start, end: words.end + scope.start }
  if (evidence.start < content.start || evidence.end > content.end) return null
  if (setPhraseAt(parsed, evidence)) return null
  // "Malcolm Glazer and Leeds *United*", "defending *champion* Ann Vale": a name's word judges no one.
  if (partOfName(parsed, anchors, evidence)) return null
  // "the UN *desperately* needs", "*terribly* sorry": a word of degree, not of judgment.
  if (DEGREE.has(parsed.view.slice(evidence.start, evidence.end).toLowerCase())) return null
  const apart = ownedApart(parsed, anchor, evidence)
  // Too far for any lean of the model (see `learnedStance`).
  if (apart > Math.max(NEAR, CLOSE)) return null
  if (!judgesAnchor(parsed, sentence, anchor, evidence)) return null
  // Praise of a rival camp in the speaker's own words is irony more often than not ("a brilliant machine for
  // talking"); a stance verb ("praised Y") still shows it.
  if (polarity === 'support' && isRival(sides, anchor.actor)) return null
  if (reportedWithin(parsed, anchors, content, evidence, sides)) return null
  // "voters did not trust Y": others' feeling the speaker reports, not the speaker's own stance.
  if (reportedAttitude(parsed, evidence)) return null
  // "claims that Y took money were wrong": what the speaker denies of Y, and the verdict on the claim.
  if (insideDeniedClaim(parsed, [anchor, evidence])) return null
  // "Y denied any wrongdoing", "Y was cleared of fraud": the wrong is denied, not charged.
  if (polarity === 'oppose' && deniedBefore(parsed, evidence)) return null
  // "If she is found guilty", "even though he made a mistake": a condition or a concession asserts nothing.
  if (hedgedBefore(parsed, content, evidence)) return null
  // "it would be foolish of Y if we did not": a judgement on a condition.
  if (conditionalAfter(parsed, content, evidence)) return null
  // "impugning the integrity of Y", "undermined the credibility of Y": a good name attacked, not praised.
  if (polarity === 'support' && attackedBefore(parsed, evidence)) return null
  // "she has to *strengthen* it", "Y must *improve*": a good act asked of Y is a demand, not praise.
  if (polarity === 'support' && obligedBefore(parsed, evidence)) return null
  if (actedByOther(parsed, anchors, evidence, anchor, sides)) return null
  // "Y is less of a risk than failing states": the judging word is said of what Y is weighed against.
  if (comparedAway(parsed, anchor, evidence)) return null
  return { evidence, apart }
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
    const scores = scoresToward(parsed, stretch, anchor)
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

// Each judging test's sign of a token text as written, remembered: every word of a content is asked, in both passes,
// and lower-casing it each time costs more than the test. Bounded, so that memory stays flat.
const MOST_SIGNS = 20_000
const signsByTest = new WeakMap<(lower: string) => -1 | 0 | 1, Map<string, -1 | 0 | 1>>()

/** `judging(text.toLowerCase())`, each text worked out once. */
function signsOf(judging: (lower: string) => -1 | 0 | 1): (text: string) => -1 | 0 | 1 {
  let signs = signsByTest.get(judging)
  if (!signs) {
    signs = new Map()
    signsByTest.set(judging, signs)
  }
  const known = signs
  return (text) => {
    let sign = known.get(text)
    if (sign === undefined) {
      sign = judging(text.toLowerCase())
      if (known.size >= MOST_SIGNS) known.clear()
      known.set(text, sign)
    }
    return sign
  }
}

// The learned polarity's scores by stretch and actor, per article: both passes of learnedStance (the lexicon's judging
// words, then with outside valence) and a content's several actors ask about the same stretches.
const scoresOf = new WeakMap<ParsedArticle, Map<string, Float64Array | null>>()

/** `polarityScores` of the stretch's text toward the anchor, each pair of the article scored once. */
function scoresToward(parsed: ParsedArticle, stretch: Span, anchor: Span): Float64Array | null {
  let known = scoresOf.get(parsed)
  if (!known) {
    known = new Map()
    scoresOf.set(parsed, known)
  }
  const key = `${stretch.start} ${stretch.end} ${anchor.start} ${anchor.end}`
  let scores = known.get(key)
  if (scores === undefined) {
    scores = polarityScores(parsed.view.slice(stretch.start, stretch.end), {
      start: anchor.start - stretch.start,
      end: anchor.end - stretch.start,
    })
    known.set(key, scores)
  }
  return scores
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

/**
 * Whether a "than" stands between the actor and the judging word after it: "Y poses less risk than *failing* states",
 * "Y did better than the *discredited* old guard". The word judges the other side of the comparison, not Y.
 */
function comparedAway(parsed: ParsedArticle, anchor: Span, evidence: Span): boolean {
  if (evidence.start < anchor.end) return false
  const between = tokensWithin(parsed.tokens, anchor.end, evidence.start).map((token) =>
    token.text.toLowerCase(),
  )
  // "nothing less than a *corrupt* deal", "little more than a *desperate* ploy": no comparison, a stress on the word.
  return between.some(
    (word, k) =>
      word === 'than' && !(STRESS_DEGREE.has(between[k - 1] ?? '') && STRESS_NONE.has(between[k - 2] ?? '')),
  )
}

// "nothing less than", "no more than", "little better than": with "than", a stress on what follows.
const STRESS_NONE = new Set(['nothing', 'no', 'little'])
const STRESS_DEGREE = new Set(['less', 'more', 'better', 'short'])

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

// Words that open a condition or a concession: what follows in their clause is not said to be so. A clause-opening
// "while" grants a fault to weigh it against a merit ("while Y was not perfect, it helped").
const HEDGES = new Set(['if', 'unless', 'although', 'though', 'whether', 'while', 'whilst'])

// Words after which a condition or a concession still opens its clause: "even though", "but if".
const CLAUSE_OPENERS = new Set(['even', 'and', 'but', 'so', '"', '\u201c'])

/** Whether token k opens a clause: first in the content, or after a mark or a conjunction ("wonder if" does not). */
function opensClause(tokens: readonly Token[], k: number, content: Span): boolean {
  const before = tokens[k - 1]
  if (!before || before.start < content.start) return true
  const lower = before.text.toLowerCase()
  return /^[,.;:!?]$/.test(lower) || CLAUSE_OPENERS.has(lower)
}

/**
 * Whether the judging word stands in a clause of the content that a condition or a concession opens: "if she is
 * found guilty", "even though he made a mistake"; not "penalties if it fails", "wonder if Y's scandal".
 */
function hedgedBefore(parsed: ParsedArticle, content: Span, evidence: Span): boolean {
  const { tokens } = parsed
  for (let k = countStartingBefore(tokens, evidence.start) - 1; k >= 0; k--) {
    const token = tokens[k] as Token
    if (token.start < content.start) return false
    const lower = token.text.toLowerCase()
    if (HEDGES.has(lower)) return opensClause(tokens, k, content)
    if (/^[,.;:!?]$/.test(lower)) return false
  }
  return false
}

// Modals of what would be, and the words that open the condition it hangs on: "would be foolish … if we did not".
const WOULD = new Set(['would', 'could', "'d"])
const CONDITIONS = new Set(['if', 'unless'])
/** How many tokens before the judging word its "would" may stand: "would be a tad foolish". */
const WOULD_REACH = 4

/**
 * Whether the judging word says what would be, on a condition the content gives after it in its sentence: "it
 * would be *foolish* of Y if we did not", "Y would be *reckless* unless it waits". A judgement on a condition is
 * no judgement of Y as things are.
 */
function conditionalAfter(parsed: ParsedArticle, content: Span, evidence: Span): boolean {
  const { tokens } = parsed
  const at = countStartingBefore(tokens, evidence.start)
  let would = false
  for (let k = at - 1; k >= Math.max(0, at - WOULD_REACH); k--) {
    const token = tokens[k] as Token
    if (token.start < content.start || /^[,.;:!?]$/.test(token.text)) break
    if (WOULD.has(token.text.toLowerCase())) would = true
  }
  if (!would) return false
  // The condition follows in the same clause, or right after a comma: "… with money, whatever happens, if you ask
  // me" is no condition on the judgement.
  for (let k = at + 1; k < tokens.length; k++) {
    const token = tokens[k] as Token
    if (token.end > content.end || /^[.;:!?]$/.test(token.text)) return false
    if (token.text === ',' && !CONDITIONS.has((tokens[k + 1]?.text ?? '').toLowerCase())) return false
    if (CONDITIONS.has(token.text.toLowerCase())) return !isAside(tokens, k + 1)
  }
  return false
}

/** "if you ask me", "if I may say so": a speaker's aside after "if", not a condition. */
function isAside(tokens: readonly Token[], at: number): boolean {
  const [first, second] = [tokens[at]?.text ?? '', (tokens[at + 1]?.text ?? '').toLowerCase()]
  return (first === 'you' && second === 'ask') || (first === 'I' && /^(?:may|might|can)$/.test(second))
}

// Verbs that attack what they govern, beyond the negative judging words: "impugned", "questioned", "tarnished".
const ATTACKING =
  /^(?:impugn(?:s|ed|ing)?|question(?:s|ed|ing)?|tarnish(?:es|ed|ing)?|destroy(?:s|ed|ing)?|doubt(?:s|ed|ing)?|attack(?:s|ed|ing)?)$/

/**
 * Whether a verb that attacks stands a few tokens before a praising word, in its clause: "impugning the
 * integrity of Y", "undermined the credibility of Y", "questioned the competence of Y".
 */
function attackedBefore(parsed: ParsedArticle, evidence: Span): boolean {
  const { tokens } = parsed
  const at = countStartingBefore(tokens, evidence.start)
  for (let k = at - 1; k >= Math.max(0, at - DENIAL_REACH); k--) {
    const lower = (tokens[k] as Token).text.toLowerCase()
    if (ATTACKING.test(lower) || judgingSign(lower) < 0) return true
    if (/^[,.;:]$/.test(lower)) return false
  }
  return false
}

// Modals that oblige the verb right after them: "must strengthen", "should improve".
const OBLIGING = new Set(['must', 'should'])

// Verbs that oblige through "to": "has to strengthen", "needs to improve", "ought to support", "got to fix".
const OBLIGING_TO = new Set(['has', 'have', 'had', 'having', 'need', 'needs', 'needed', 'ought', 'got'])

/**
 * Whether the judging word that opens `evidence` is a verb an obligation asks for: "has to *strengthen*", "must
 * *improve*", "needs to *support*". What Y is asked to do says nothing good of Y yet.
 */
function obligedBefore(parsed: ParsedArticle, evidence: Span): boolean {
  const { tokens } = parsed
  const at = countStartingBefore(tokens, evidence.start)
  const text = (k: number) => tokens[k]?.text.toLowerCase() ?? ''
  // One adverb may stand between: "must really improve", "has to quickly strengthen".
  const before = text(at - 1).endsWith('ly') ? at - 2 : at - 1
  return OBLIGING.has(text(before)) || (text(before) === 'to' && OBLIGING_TO.has(text(before - 1)))
}

/** Whether the judging word that ends `evidence` speaks of the actor, not of another word's object. */
function judgesAnchor(parsed: ParsedArticle, sentence: Sentence, anchor: Span, evidence: Span): boolean {
  const { firstToken, lastToken } = sentence
  // The sentence's token index of an offset, as a search of the sentence's own tokens would give it.
  const index = (offset: number) =>
    Math.min(Math.max(countStartingBefore(parsed.tokens, offset), firstToken), lastToken) - firstToken
  return judgesTarget(
    sentenceTexts(parsed, sentence),
    index(evidence.end) - 1,
    index(anchor.start),
    index(anchor.end),
  )
}

// A sentence's token texts, made once: a statement asks for several actors and both polarities.
const textsOf = new WeakMap<Sentence, readonly string[]>()

function sentenceTexts(parsed: ParsedArticle, sentence: Sentence): readonly string[] {
  let texts = textsOf.get(sentence)
  if (!texts) {
    texts = parsed.tokens.slice(sentence.firstToken, sentence.lastToken).map((token) => token.text)
    textsOf.set(sentence, texts)
  }
  return texts
}

const POSSESSIVE_MARKS = new Set(["'s", '\u2019s', "'", '\u2019'])

// Tags of the words of a noun phrase an actor owns: "Peru's *new farm* laws".
const OWNED_TAGS = new Set(['N', 'J'])

/** How many words of a phrase an actor owns are passed over: "Peru's [farm trade laws] were deficient". */
const MOST_OWNED_WORDS = 3

/**
 * How many tokens lie between an actor and the judging word, the noun phrase the actor owns passed over whole:
 * "Peru's farm laws were *deficient*" is as close as "Peru's were *deficient*". The owned phrase is a possessive
 * and a few lower-case nouns and adjectives after the actor, before the judging word; a verb ends it.
 */
export function ownedApart(parsed: ParsedArticle, anchor: Span, evidence: Span): number {
  const apart = tokensApart(parsed, anchor, evidence)
  if (evidence.start < anchor.end) return apart
  const { tokens } = parsed
  const at = countStartingBefore(tokens, anchor.end)
  if (!POSSESSIVE_MARKS.has(tokens[at]?.text.toLowerCase() ?? '')) return apart
  let words = 0
  while (words < MOST_OWNED_WORDS) {
    const token = tokens[at + 1 + words]
    if (!token || token.start >= evidence.start) break
    // A capitalized act is still owned: "Mr Reed's Budget was a disaster".
    if (words === 0 && /^\p{Lu}/u.test(token.text) && isActNoun(token.text)) {
      words++
      continue
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(token.text)) break
    // The owned phrase is a noun phrase: it ends before a verb ("the party's voters *had* been misled").
    if (!OWNED_TAGS.has(guessPos(token.text, token.text, false))) break
    words++
  }
  return apart - words
}

/** How many, when the learned polarity leans to the word's side over the other side but not over neutral. */
const CLOSE = 3
