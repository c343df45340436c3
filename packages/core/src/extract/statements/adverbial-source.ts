import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Prepositions whose object tells what about, for whom or where, never who spoke: a closed class. Not "by" (a
// passive's agent), "to" ("according to"), "of" ("the words of…"), "with" ("with parents saying…").
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

// Prepositions that also open a counted noun phrase ('About 40 nurses said', 'Over a quarter of tenants say'): there
// the whole phrase is the subject, not a preposition's object.
const APPROXIMATORS = new Set(['about', 'over'])

// Words that count or split a group, after "a" ('a quarter of') or alone ('half the staff', 'hundreds of'): a closed
// class.
const COUNTS = new Set(
  'half third quarter fifth tenth dozen hundred thousand million dozens hundreds thousands millions scores'.split(
    ' ',
  ),
)

/** Whether token t opens a count: a number ('40', 'two'), a count word ('half', 'hundreds') or 'a'/'an' and one. */
function opensCount(context: StatementContext, t: number): boolean {
  const word = context.lower(t) ?? ''
  if (context.pos(t) === 'NUM' || COUNTS.has(word)) return true
  return (word === 'a' || word === 'an') && COUNTS.has(context.lower(t + 1) ?? '')
}

/**
 * Whether a draft's source is the object of a preposition, not a subject: it opens with one ('doubts about the new
 * school': the noun "doubts" has no speaker there) that opens no count ('About 40 nurses said' is a subject), or it is
 * a fronted phrase's object right before the comma and the cue ('For most pupils, reading a map is…'). 'In a
 * statement, the firm said' names its source after the comma, and 'according to the firm' is its cue's own.
 * @example sourceInAdverbial(context, draft) // true for "most pupils" in "For most pupils, reading a map is hard."
 */
export function sourceInAdverbial(context: StatementContext, draft: StatementDraft): boolean {
  const { source, cue } = draft
  if (!source) return false
  const first = context.lower(source.start) ?? ''
  if (ADVERBIAL.has(first)) return !(APPROXIMATORS.has(first) && opensCount(context, source.start + 1))
  const before = source.start - 1
  if (!ADVERBIAL.has(context.lower(before) ?? '')) return false
  // The preposition opens its sentence and the comma after its object is right before the cue.
  const opens = before === 0 || context.sentenceOf[before - 1] !== context.sentenceOf[before]
  return opens && context.lower(source.last + 1) === ',' && cue.start === source.last + 2
}
