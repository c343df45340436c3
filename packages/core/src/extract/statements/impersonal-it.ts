import type { ParsedArticle } from '../../parse/document.ts'
import type { Statement } from '../../schemas/statement.ts'

// A passive verb of saying after "it": "is understood", "has been suggested", "was widely reported".
const PASSIVE_CUE =
  /^(?:is|was|has been|had been|have been|will be|would be|could be|may be|might be)(?:\s+\p{L}+ly)?\s+\p{L}+$/iu

/**
 * Whether a statement's source is the empty "it" of a passive report, which names no one: 'It has been suggested the
 * government will act', 'It is understood that ministers agree'. "It said" and "It has warned" are a body speaking.
 * @example isImpersonalPassive(parsed, statement) // true for "It is understood that …"
 */
export function isImpersonalPassive(parsed: ParsedArticle, statement: Statement): boolean {
  const { source, cue } = statement
  if (!source || !cue || source.end > cue.start) return false
  const { view } = parsed
  if (view.slice(source.start, source.end).toLowerCase() !== 'it') return false
  if (view.slice(source.end, cue.start).trim() !== '') return false
  const words = view.slice(cue.start, cue.end)
  return PASSIVE_CUE.test(words) && !/ing$/i.test(words)
}
