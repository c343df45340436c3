import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import { type PlacedCue, withPlacedCues } from './placed-cues.ts'
import type { SourcePlace } from './source.ts'

// Nouns of a position someone stated: "Vale's one objection was that …", "her argument is that …".
const POSITION_NOUNS = new Set(
  'criticism complaint objection message argument point warning demand case position claim contention answer response reply advice verdict'.split(
    ' ',
  ),
)
// Words that own the noun: a possessive pronoun, or "'s" after a name or a noun.
const POSSESSIVE_MARKS = new Set(["'s", '’s'])
const OWNERS = new Set(['his', 'her', 'their', 'its', ...POSSESSIVE_MARKS])
// Forms of "be" that set the position equal to a clause: "was that", "is that", "has been that".
const BE_THEN = new Set(['was', 'is', 'remains', 'remained'])
// Parts of speech of the words that may stand between the owner and the noun.
const MODIFIER_POS = new Set(['J', 'R', 'N', 'NUM'])
// How many adjectives may stand between the owner and the noun: "only", "main", "one real".
const ADJECTIVES_REACH = 2

/**
 * The cues with those of a position given as an owned noun set equal to a clause: "Ann Vale's one objection was that
 * the plan came late", "their main complaint is that …", "his message was: …". The owner said it; the learned
 * tagger, trained on verbs, finds none of these or the noun alone. The cue is the noun and its "be" ("criticism
 * was"), outside quotes; a found cue between the owner and "be" ("main demand") gives way.
 * @example withPossessedPositionCues(context, []) // [{ start: 4, end: 6, … }] for "objection was"
 */
export function withPossessedPositionCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const { lower } = context
  const placed: PlacedCue[] = []
  for (let t = 1; t + 2 < context.tokens.length; t++) {
    if (!POSITION_NOUNS.has(lower(t) ?? '') || !BE_THEN.has(lower(t + 1) ?? '')) continue
    const after = lower(t + 2)
    if (after !== 'that' && after !== ':') continue
    const owner = ownerBefore(context, t)
    if (context.quoteOf[t] !== -1 || owner < 0) continue
    placed.push({ cue: makeCue(context, t, t + 2), clears: { from: owner, to: t + 2 } })
  }
  return withPlacedCues(found, placed)
}

/** The token of the noun's owner ("her", or the "'s" after a name or noun), modifiers between; -1 when none. */
function ownerBefore(context: StatementContext, t: number): number {
  for (let k = t - 1; k >= Math.max(0, t - 1 - ADJECTIVES_REACH); k--) {
    if (context.sentenceOf[k] !== context.sentenceOf[t]) return -1
    if (OWNERS.has(context.lower(k) ?? '')) return k
    // A lower-case modifier: "only", "main", "one", "chief" (which the tagger may take for a noun).
    if (context.shape(k) !== 'x' || !MODIFIER_POS.has(context.pos(k) ?? '')) return -1
  }
  return -1
}

/**
 * Whether a cue is such an owned position and its "be" ("objection was" of "Vale's one objection was that …"): a
 * position stated in public, whatever the noun's class in the lexicon.
 */
export function isPossessedPosition(context: StatementContext, cue: Cue): boolean {
  if (cue.end - cue.start !== 2 || !POSITION_NOUNS.has(context.lower(cue.start) ?? '')) return false
  return BE_THEN.has(context.lower(cue.start + 1) ?? '') && ownerBefore(context, cue.start) >= 0
}

// Words that may open the owner's noun phrase before "'s": "the union's", "the new mayor's".
const OWNER_OPENERS = new Set(['D', 'J'])
// How many words the owner's name or noun phrase may hold before "'s".
const OWNER_REACH = 5

/**
 * The source of an owned position's cue: its owner ("Ann Vale" of "Ann Vale's one objection was", "Her" of "Her
 * argument is", "the union" of "the union's main demand is"), which the source ranker, trained on subjects of
 * verbs, leaves out or cuts; any other cue's source as it is.
 * @example ownerSource(context, cue, null) // { start: 0, last: 1 } for "Ann Vale's one objection was that …"
 */
export function ownerSource(
  context: StatementContext,
  cue: Cue,
  source: SourcePlace | null,
): SourcePlace | null {
  if (!isPossessedPosition(context, cue)) return source
  const owner = ownerBefore(context, cue.start)
  if (!POSSESSIVE_MARKS.has(context.lower(owner) ?? '')) return { start: owner, last: owner }
  const last = owner - 1
  let start = last
  const sentence = context.sentenceOf[owner]
  const name = context.shape(last) === 'Xx' || context.shape(last) === 'X'
  while (start > 0 && last - start < OWNER_REACH && context.sentenceOf[start - 1] === sentence) {
    const before = start - 1
    const goesOn = name
      ? context.shape(before) === 'Xx' || context.shape(before) === 'X'
      : OWNER_OPENERS.has(context.pos(before) ?? '') || context.pos(before) === 'N'
    if (!goesOn) break
    start = before
  }
  return last >= 0 && context.isWord[last] ? { start, last } : source
}
