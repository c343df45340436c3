import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import { AUXILIARIES } from './lexicon.ts'

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
  for (let t = 1; t < lower.length; t++) {
    const word = lower[t] as string
    // "not", "n't" and "never" all begin with an n: one character code spares most tokens three string comparisons.
    if (word.charCodeAt(0) !== 110) continue
    if ((word !== 'not' && word !== "n't" && word !== 'never') || !AUXILIARIES.has(lower[t - 1] as string))
      continue
    let verb = t + 1
    while (verb < lower.length && verb - t <= 2 && AUXILIARIES.has(lower[verb] as string)) verb++
    if (!SILENT_VERBS.has(lower[verb] ?? '')) continue
    const end = PARTICLES.has(lower[verb + 1] ?? '') ? verb + 2 : verb + 1
    if (!taken) {
      taken = new Uint8Array(lower.length)
      for (const cue of found) taken.fill(1, cue.start, cue.end)
    }
    if (taken.subarray(t - 1, end).some((x) => x === 1)) continue
    if (context.sentenceOf[t - 1] !== context.sentenceOf[end - 1]) continue
    cues.push(makeCue(context, t - 1, end))
  }
  return cues
}

/**
 * Whether a cue is a participle that only modifies a noun, as in "the withdrawal ordered by the president": an
 * action reported, not a statement.
 * @example isReducedPassive(context, cue) // true for "withdrawal ordered by"
 */
export function isReducedPassive(context: StatementContext, cue: Cue): boolean {
  const { lower, pos } = context
  if (cue.end - cue.start !== 1 || lower[cue.end] !== 'by') return false
  const word = lower[cue.start] as string
  if (!word.endsWith('ed') && pos[cue.start] !== 'VN') return false
  const before = pos[cue.start - 1]
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
  if (cue.end - cue.start !== 1 || lower[cue.start] !== 'said') return false
  const before = cue.start - 1
  if (!IDIOM_OPENERS.has(lower[before] ?? '')) return false
  if (before > 0 && sentenceOf[before - 1] === sentenceOf[before]) return false
  return lower[before] === 'that' || lower[cue.end] === 'that'
}
