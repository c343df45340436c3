import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'

// Participles of saying that an "as … by" aside puts after the words it vouches for: "…, as noted by Dr Lee".
const AS_BY_VERBS = new Set(
  'said noted explained stated reported observed argued suggested highlighted stressed'.split(' '),
)

/**
 * Cues the learned tagger left out in an aside "…, as noted by SOURCE" that closes the words it vouches for, where
 * an unusual word before the name ("as noted by immunologist Dr Lee") hides the pattern: a comma or dash, "as", a
 * participle of saying ("noted", "explained") and "by". Outside quotes; returns only cues that overlap none of
 * `found`. Not "as said" without "by" ("as said before"), nor "as noted in the report".
 * @example findAsByCues(context, []) // [{ start: 6, end: 7, … }] for "noted" in "Fish helps, as noted by Dr Lee."
 */
export function findAsByCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const taken = new Uint8Array(context.tokens.length)
  for (const cue of found) taken.fill(1, cue.start, cue.end)
  const cues: Cue[] = []
  for (let t = 2; t < context.tokens.length; t++) {
    if (taken[t] || !AS_BY_VERBS.has(context.lower(t) ?? '') || context.lower(t - 1) !== 'as') continue
    if (!ASIDE_OPENS.has(context.lower(t - 2) ?? '') || context.quoteOf[t] !== -1) continue
    if (context.lower(t + 1) !== 'by' || context.sentenceOf[t + 1] !== context.sentenceOf[t]) continue
    cues.push(makeCue(context, t, t + 1))
  }
  return cues
}

// What opens the aside before "as": a comma or a dash.
const ASIDE_OPENS = new Set([',', '-', '–', '—'])

/**
 * The content of an "…, as noted by SOURCE" aside: its sentence from the first word up to the comma or dash before
 * "as" (a quote mark or a sentence's opening word may open it). Null for another cue, or when no word comes before.
 * @example asByContent(context, cue) // { start: 0, last: 3, side: 'before' } for "Fish helps the eyes, as noted by Dr Lee."
 */
export function asByContent(context: StatementContext, cue: Cue): ContentPlace | null {
  // The tagger may take "as" or "by" into the cue: "as reported", "reported by".
  const t = context.lower(cue.start) === 'as' ? cue.start + 1 : cue.start
  if (cue.end - t !== 1 && !(cue.end - t === 2 && context.lower(t + 1) === 'by')) return null
  if (!AS_BY_VERBS.has(context.lower(t) ?? '') || context.lower(t - 1) !== 'as') return null
  if (!ASIDE_OPENS.has(context.lower(t - 2) ?? '') || context.lower(t + 1) !== 'by') return null
  const sentence = context.sentenceOf[t]
  let start = -1
  for (let k = t - 3; k >= 0 && context.sentenceOf[k] === sentence; k--) if (context.isWord[k]) start = k
  if (start < 0) return null
  let last = t - 3
  while (last > start && !context.isWord[last]) last--
  return { start, last, side: 'before' }
}
