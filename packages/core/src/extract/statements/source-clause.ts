import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Words that open a clause inside a noun phrase ("officials who will…", "a group that can…"): a modal after one
// belongs to the speaker's description, not to a clause that the source is.
const CLAUSE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when'])
// Conjunctions that give a clause's subject a second verb ("The club will close, and has said…"): that subject spoke.
const COORDINATORS = new Set(['and', 'but', 'or'])

/**
 * Whether a draft's source is a clause closed by a comma before its cue, rather than words naming someone: it holds
 * a modal verb that no relative word or comma sets inside a description, and no "and" joins the cue to it ("Floods
 * cannot be ruled out, warns …", "A claim cannot be paid without a receipt, so ask …"). A subject with its modal
 * has its own predicate: it is what was said, or a clause of its own, not who said it. "The man could be heard
 * saying" (no comma) and "The club will close, and has said" (one subject, two verbs) keep their speaker.
 * @example sourceIsAClause(context, draft) // true for "Floods cannot be ruled out" in "Floods cannot be ruled out, warns Ann Vale"
 */
export function sourceIsAClause(context: StatementContext, draft: StatementDraft): boolean {
  const { source, cue } = draft
  if (!source || source.last + 1 >= cue.start || context.lower(source.last + 1) !== ',') return false
  for (let t = source.last + 2; t < cue.start; t++) if (COORDINATORS.has(context.lower(t) ?? '')) return false
  for (let t = source.start; t <= source.last; t++) {
    const lower = context.lower(t) ?? ''
    if (lower === ',' || CLAUSE_OPENERS.has(lower) || context.pos(t) === 'W') return false
    // Not the source's first word: "Will Vale said…" is a name, and a lone "can" is no clause.
    if (t > source.start && context.pos(t) === 'M') return true
  }
  return false
}
