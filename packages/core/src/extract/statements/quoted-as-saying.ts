import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import { BE_FORMS } from './lexicon.ts'
import type { SourcePlace } from './source.ts'

// The most tokens between "quoted" and "as saying": "was quoted by the Tarrow Herald on Monday as saying".
const QUOTED_REACH = 10
// Marks that end the clause of "quoted" before "as saying" could belong to it; a quote mark opens other words.
const CLAUSE_ENDS = new Set(['.', ';', '?', '!', ':', '"', '“', '”'])

/**
 * Cues where "quoted … as saying" is one cue, not "quoted" alone: what follows "saying" (or a quote before) is the
 * words, and their speaker the quoted person, the subject of a passive ("The mayor was quoted by the Post as saying
 * taxes would rise") or the object of an active ("The Post quoted the mayor as saying …"), never the paper; "quoted"
 * alone took the subject or the object for content. Cues inside the joined range go.
 * @example joinQuotedAsSaying(context, cues) // one cue "was quoted by the Post as saying"
 */
export function joinQuotedAsSaying(context: StatementContext, cues: readonly Cue[]): Cue[] {
  const out: Cue[] = []
  let coveredTo = -1
  for (const cue of cues) {
    if (cue.start < coveredTo) continue
    const saying = sayingAfterQuoted(context, cue)
    if (saying < 0) {
      out.push(cue)
      continue
    }
    out.push(makeCue(context, cue.start, saying + 1))
    coveredTo = saying + 1
  }
  return out
}

/**
 * The quoted person of an active "The Post quoted the mayor as saying" joined into one cue: the words between
 * "quoted" and "as saying", or null for a passive (its subject is found before the cue as any source is).
 * @example quotedPerson(context, cue) // { start: 3, last: 4 } for "the mayor"
 */
export function quotedPerson(context: StatementContext, cue: Cue): SourcePlace | null {
  const { lower } = context
  if (cue.end - cue.start < 4 || lower(cue.end - 1) !== 'saying' || lower(cue.end - 2) !== 'as') return null
  const quoted = quotedIn(context, cue)
  if (quoted < 0 || BE_FORMS.has(lower(quoted - 1) ?? '') || SOURCE_MARKS.has(lower(quoted + 1) ?? ''))
    return null
  let last = cue.end - 3
  if (lower(last) === ',') last--
  return last > quoted ? { start: quoted + 1, last } : null
}

// Words after an active "quoted" that open the paper's place, not a person: "quoted in the Herald".
const SOURCE_MARKS = new Set(['in', 'by', 'on', ','])

// Verbs by which a paper gives someone's words "as saying": 'quoted', 'reported', 'cited'.
const QUOTING_VERBS = new Set(['quoted', 'reported', 'cited'])

/** The last quoting verb in a cue ("quoted", "reported", "cited"), or -1. */
function quotedIn(context: StatementContext, cue: Cue): number {
  let quoted = -1
  for (let t = cue.start; t < cue.end; t++) if (QUOTING_VERBS.has(context.lower(t) ?? '')) quoted = t
  return quoted
}

/** The token of "saying" in "as saying" that a "quoted" in the cue reaches, or -1. */
function sayingAfterQuoted(context: StatementContext, cue: Cue): number {
  const { lower } = context
  const quoted = quotedIn(context, cue)
  if (quoted < 0) return -1
  const sentence = context.sentenceOf[quoted]
  for (let t = quoted + 1; t <= quoted + QUOTED_REACH && t + 1 < context.tokens.length; t++) {
    if (context.sentenceOf[t + 1] !== sentence || CLAUSE_ENDS.has(lower(t) ?? '')) return -1
    if (lower(t) === 'as' && lower(t + 1) === 'saying') return t + 1
  }
  return -1
}
