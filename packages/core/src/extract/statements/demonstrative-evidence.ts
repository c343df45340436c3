import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

// Verbs of evidence: what a fact points to ('This suggests…', 'That indicates…'), not words given.
const EVIDENTIAL = new Set('suggest indicate imply show signal prove'.split(' ').map(stemWord))

// Demonstratives that stand alone for the fact just told. 'It' may stand for a report ('It suggests that…' after
// 'The report came out'), so it is left out. A closed class.
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those'])

/**
 * Whether a draft's source is a lone demonstrative and its cue a verb of evidence: the writer draws a conclusion from
 * the fact just told ('Prices fell in May. This suggests the plan is working.'), no one's words. 'The report suggests
 * that…', 'This study suggests…' and 'It suggests…' stay.
 * @example concludesFromAFact(context, draft, first) // true for "suggests" in "This suggests the plan works."
 */
export function concludesFromAFact(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { source } = draft
  if (!source || source.start !== source.last || source.last >= first) return false
  if (!DEMONSTRATIVES.has(context.lower(source.start) ?? '')) return false
  return EVIDENTIAL.has(context.stem(first) ?? '')
}
