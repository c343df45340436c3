import type { Token } from '../../parse/document.ts'
import { DETERMINERS } from './lexicon.ts'

// Relative pronouns that open a clause about the word before their comma: "Tom Reed, who …", "…, whom Ann Lee named".
// Lower case only: "WHO" is the World Health Organization, and a relative after a comma is not capitalised.
const SET_OFF_RELATIVES = new Set(['who', 'whom', 'whose', 'which'])

/**
 * Whether the "and" at token `and` of a source goes on with a relative clause set off before it ("Tom Reed, who led
 * the board, and who now backs Ann Lee"; "Tom Reed, who led the board, and has backed Ann Lee"): what follows still
 * describes the name before the relative, and names no new speaker. The word after "and" decides: another relative
 * or a lower-case word that opens no noun phrase (a verb, an adverb) goes on; a name or "its leader" is a new clause
 * ("the union, which backed the strike, and its leader Ann Lee").
 * @example continuesRelative(tokenize('Tom Reed, who led it, and who backs Ann Lee'), 7) // true
 */
export function continuesRelative(tokens: readonly Token[], and: number): boolean {
  const next = tokens[and + 1]?.text ?? ''
  if (!/^\p{Ll}/u.test(next) || DETERMINERS.has(next)) return false
  for (let i = 2; i < and - 1; i++) {
    if (tokens[i - 1]?.text === ',' && SET_OFF_RELATIVES.has(tokens[i]?.text ?? '')) return true
  }
  return false
}
