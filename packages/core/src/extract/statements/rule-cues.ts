import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import { AUXILIARIES } from './lexicon.ts'
import { opensWords } from './thing-shows.ts'

// Reporting verbs that news text negates to say someone kept silent: "has not commented on", "did not respond to".
const SILENT_VERBS = new Set(
  'comment commented commenting respond responded reply replied say said confirm confirmed deny denied answer answered address addressed mention mentioned disclose disclosed explain explained react reacted speak spoke'.split(
    ' ',
  ),
)
const PARTICLES = new Set(['on', 'to', 'about'])

/**
 * Cues that rules find where the learned tagger may not: a negated reporting verb with its auxiliary
 * ("has not commented on", "did not immediately respond to", "would not say"). Returns only cues that overlap none
 * of `found`.
 * @example findSilenceCues(context, []) // [{ start: 3, end: 7, negated: true, … }] for "has not commented on"
 */
export function findSilenceCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const { lower } = context
  let taken: Uint8Array | null = null
  const cues: Cue[] = []
  for (let t = 1; t < context.tokens.length; t++) {
    const word = lower(t) as string
    // "not", "n't" and "never" all begin with an n: one character code spares most tokens three string comparisons.
    if (word.charCodeAt(0) !== 110) continue
    if ((word !== 'not' && word !== "n't" && word !== 'never') || !AUXILIARIES.has(lower(t - 1) as string))
      continue
    let verb = t + 1
    while (verb < lower.length && verb - t <= 2 && AUXILIARIES.has(lower(verb) as string)) verb++
    if (!SILENT_VERBS.has(lower(verb) ?? '')) continue
    const end = PARTICLES.has(lower(verb + 1) ?? '') ? verb + 2 : verb + 1
    if (!taken) {
      taken = new Uint8Array(context.tokens.length)
      for (const cue of found) taken.fill(1, cue.start, cue.end)
    }
    if (taken.subarray(t - 1, end).some((x) => x === 1)) continue
    if (context.sentenceOf[t - 1] !== context.sentenceOf[end - 1]) continue
    cues.push(makeCue(context, t - 1, end))
  }
  return cues
}

// Verbs that only ever report words, in the forms a subject takes before them: the learned tagger may miss one after
// an unusual subject ('Entertainment Weekly's Dave Karger maintained the Oscars…').
const SURE_SPEECH = new Set(
  'said says told maintained maintains insisted insists stressed stresses conceded concedes contended contends asserted asserts acknowledged acknowledges'.split(
    ' ',
  ),
)
// What ends a subject right before such a verb: a name, a noun or a pronoun.
const SUBJECT_ENDS = new Set(['P', 'N', 'PR'])

/**
 * Cues the learned tagger left out: a verb that only ever reports words ("said", "maintained", "insisted") right
 * after a subject's last word (a name, a noun, a pronoun), outside quotes and not after "what" ('what Jack Straw
 * said about…'); and a speech given out before it is made ('he was due to say'). Returns only cues that overlap
 * none of `found`.
 * @example findSpeechVerbCues(context, []) // [{ start: 4, end: 5, … }] for "maintained" in "Dave Karger maintained…"
 */
export function findSpeechVerbCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const taken = new Uint8Array(context.tokens.length)
  for (const cue of found) taken.fill(1, cue.start, cue.end)
  const cues: Cue[] = []
  for (let t = 1; t < context.tokens.length; t++) {
    const scheduled = scheduledSpeech(context, t)
    if (scheduled && !taken.subarray(t - 1, scheduled).some((x) => x === 1)) {
      cues.push(makeCue(context, t - 1, scheduled))
      continue
    }
    if (taken[t] || !SURE_SPEECH.has(context.lower(t) ?? '') || context.quoteOf[t] !== -1) continue
    if (!SUBJECT_ENDS.has(context.pos(t - 1) ?? '') || context.sentenceOf[t - 1] !== context.sentenceOf[t])
      continue
    if (inFreeRelative(context, t)) continue
    cues.push(makeCue(context, t, t + 1))
  }
  return cues
}

// A speech given out before it is made: 'he was due to say', 'she is expected to tell MPs'.
const SCHEDULED = new Set(['due', 'expected', 'set'])
const SCHEDULED_VERBS = new Set(['say', 'tell', 'argue', 'warn', 'insist', 'claim', 'urge', 'announce'])
const BE_BEFORE = new Set(['is', 'are', 'was', 'were'])

/**
 * The end of a cue of a speech given out before it is made, at "due", "expected" or "set": a form of "be" after its
 * subject before it, "to" and a verb of speech after it ('"…," he was due to say.'); 0 when there is none.
 */
function scheduledSpeech(context: StatementContext, t: number): number {
  const { lower } = context
  if (!SCHEDULED.has(lower(t) ?? '') || lower(t + 1) !== 'to' || !SCHEDULED_VERBS.has(lower(t + 2) ?? ''))
    return 0
  if (!BE_BEFORE.has(lower(t - 1) ?? '') || !SUBJECT_ENDS.has(context.pos(t - 2) ?? '')) return 0
  return context.sentenceOf[t - 2] === context.sentenceOf[t + 2] ? t + 3 : 0
}

// Words that make what follows a noun phrase, not a clause: 'what Ken Vale said', 'all that he said'.
const FREE_RELATIVES = new Set(['what', 'whatever', 'that', 'which'])

/** Whether a verb's subject follows "what" or "that" a few words back: 'what Jack Straw said about…'. */
function inFreeRelative(context: StatementContext, verb: number): boolean {
  for (let t = verb - 1; t >= Math.max(0, verb - 4); t--) {
    if (context.sentenceOf[t] !== context.sentenceOf[verb] || !context.isWord[t]) return false
    if (FREE_RELATIVES.has(context.lower(t) ?? '')) return true
  }
  return false
}

/**
 * Whether a cue is a participle that only modifies a noun, as in "the withdrawal ordered by the president" or "the
 * sites found by the survey": an action reported, not a statement.
 * @example isReducedPassive(context, cue) // true for "withdrawal ordered by"
 */
export function isReducedPassive(context: StatementContext, cue: Cue): boolean {
  const { lower, pos } = context
  if (cue.end - cue.start !== 1 || lower(cue.end) !== 'by') return false
  const word = lower(cue.start) as string
  const before = pos(cue.start - 1)
  // An irregular participle that the tagger takes for a past form follows a common noun ('the sites found by…'),
  // where a past form gives words after it ('The mayor said by email that…').
  if (pos(cue.start) === 'VD' && !word.endsWith('ed'))
    return before === 'N' && !opensWords(context, cue.start)
  if (!word.endsWith('ed') && pos(cue.start) !== 'VN') return false
  return before === 'N' || before === 'P' || before === 'J'
}

// Words before "said" that make a discourse idiom of it at a sentence's start: 'That said, …', 'Having said that'.
const IDIOM_OPENERS = new Set(['that', 'having'])

/**
 * Whether a cue is "said" in an idiom that opens a sentence and reports no one's words: 'That said, the plan may
 * work', 'That said the government have argued…', 'Having said that, …'.
 * @example isSaidIdiom(context, cue) // true for "said" in "That said, …"
 */
export function isSaidIdiom(context: StatementContext, cue: Cue): boolean {
  const { lower, sentenceOf } = context
  if (cue.end - cue.start !== 1 || lower(cue.start) !== 'said') return false
  const before = cue.start - 1
  if (!IDIOM_OPENERS.has(lower(before) ?? '')) return false
  if (before > 0 && sentenceOf[before - 1] === sentenceOf[before]) return false
  return lower(before) === 'that' || lower(cue.end) === 'that'
}
