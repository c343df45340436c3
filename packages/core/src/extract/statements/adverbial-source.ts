import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Prepositions whose object tells what about, for whom or where, never who spoke: a closed class. Not "by" (a
// passive's agent), "to" ("according to"), "of" ("the words of…"), "with" ("with analysts saying…").
const ADVERBIAL = new Set([
  'about',
  'for',
  'in',
  'on',
  'at',
  'among',
  'from',
  'over',
  'regarding',
  'concerning',
])

/**
 * Whether a draft's source is the object of a preposition, not a subject: it opens with one ('fighting "false" claims
 * about its drug': the noun "claims" has no speaker there), or it is a fronted phrase's object right before the comma
 * and the cue ('For the drivers, finding a lost phone is…'). 'In a statement, the firm said' names its source after the
 * comma, and 'according to the firm' is its cue's own.
 * @example sourceInAdverbial(context, draft) // true for "For the drivers" in "For the drivers, finding a phone is…"
 */
export function sourceInAdverbial(context: StatementContext, draft: StatementDraft): boolean {
  const { source, cue } = draft
  if (!source) return false
  if (ADVERBIAL.has(context.lower(source.start) ?? '')) return true
  const before = source.start - 1
  if (!ADVERBIAL.has(context.lower(before) ?? '')) return false
  // The preposition opens its sentence and the comma after its object is right before the cue.
  const opens = before === 0 || context.sentenceOf[before - 1] !== context.sentenceOf[before]
  return opens && context.lower(source.last + 1) === ',' && cue.start === source.last + 2
}
