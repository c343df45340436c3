import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'

// Nouns of a poll or a study whose findings a sentence reports after "In …,": 'In a poll released Monday, most
// voters …'. Not "polls": "a lead in the polls" names standing, not a finding (PolNeAR train: 15 of 121 a cue).
const FINDING_SOURCES = new Set(['poll', 'survey', 'surveys', 'study'])
// How far past "In" the noun may stand ('In a new Post-ABC News poll'), and past the noun its comma.
const MAX_REACH = 8

/**
 * The comma that closes the phrase of an "In" at t that opens its sentence (or follows a comma) and whose noun is a
 * poll, a survey or a study ('In a national poll taken last week, …'), or -1.
 * @example pollPhraseEnd(context, 0) // 7 in "In a new survey of 500 firms, most said …"
 */
export function pollPhraseEnd(context: StatementContext, t: number): number {
  const { lower, sentenceOf } = context
  if (lower(t) !== 'in') return -1
  if (t > 0 && sentenceOf[t - 1] === sentenceOf[t] && lower(t - 1) !== ',') return -1
  const end = context.tokens.length
  let noun = -1
  for (let k = t + 1; k < Math.min(end, t + 1 + MAX_REACH) && noun === -1; k++) {
    if (sentenceOf[k] !== sentenceOf[t]) return -1
    const word = lower(k) ?? ''
    // The poll noun must head its phrase: a noun after it makes it a modifier ('the survey area', 'poll tax'),
    // marked -2 to end the scan with no poll.
    if (FINDING_SOURCES.has(word)) noun = context.pos(k + 1) === 'N' && context.shape(k + 1) === 'x' ? -2 : k
    else if (word === ',' || context.quoteOf[k] !== -1 || (context.pos(k) ?? '').startsWith('V')) return -1
  }
  if (noun < 0) return -1
  for (let k = noun + 1; k < Math.min(end, noun + 1 + MAX_REACH); k++) {
    if (sentenceOf[k] !== sentenceOf[t]) return -1
    if (lower(k) === ',') return k
  }
  return -1
}

/**
 * Cues of findings a sentence credits to a poll or a study that opens it ('In a poll released Monday, half of voters
 * backed the plan'): the "In", whose phrase is the source. Returns only cues that overlap none of `found`.
 * @example findPollCues(context, []) // [{ start: 0, end: 1, … }] for "In a new survey of 500 firms, most …"
 */
export function findPollCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const cues: Cue[] = []
  for (let t = 0; t < context.tokens.length; t++) {
    if (pollPhraseEnd(context, t) < 0) continue
    // A reporting cue before the poll, or past a comma after its clause, keeps the sentence: the poll is that
    // speaker's evidence, and the poll cue's content would swallow the cue ('In a poll, most backed it, Ann said').
    // A cue inside the clause is the finding's own verb ('In a poll, most *backed* the plan').
    if (found.some((cue) => reportedAround(context, t, cue))) continue
    cues.push(makeCue(context, t, t + 1))
  }
  return cues
}

/** Whether a cue in the sentence of the poll at t stands before it, or past a comma after the poll's clause. */
function reportedAround(context: StatementContext, t: number, cue: Cue): boolean {
  const { sentenceOf } = context
  if (sentenceOf[cue.start] !== sentenceOf[t]) return false
  if (cue.start <= t) return true
  for (let k = pollPhraseEnd(context, t) + 1; k < cue.start; k++) if (context.lower(k) === ',') return true
  return false
}

/**
 * The content of a poll cue: the rest of its sentence after the comma that closes the poll's phrase ('In a survey of
 * 300 farmers, *most reported a poor harvest*'), which the ranker, trained on cues that are mostly verbs, would cut.
 * Null for another cue.
 * @example pollContent(context, cue) // { start: 7, last: 11, side: 'after' }
 */
export function pollContent(context: StatementContext, cue: Cue): ContentPlace | null {
  if (cue.end - cue.start !== 1) return null
  const comma = pollPhraseEnd(context, cue.start)
  if (comma < 0) return null
  const sentence = context.sentenceOf[cue.start]
  let last = -1
  for (let t = comma + 1; t < context.tokens.length && context.sentenceOf[t] === sentence; t++)
    if (context.isWord[t]) last = t
  return last < 0 ? null : { start: comma + 1, last, side: 'after' }
}
