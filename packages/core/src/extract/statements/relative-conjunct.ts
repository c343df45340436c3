import type { Token } from '../../parse/document.ts'

// Relative pronouns that open a clause about the word before their comma: "Tom Reed, who …", "…, whom Ann Lee named".
// Lower case only: "WHO" is the World Health Organization, and a relative after a comma is not capitalised.
const SET_OFF_RELATIVES = new Set(['who', 'whom', 'whose', 'which'])

/**
 * Whether the "and" at token `and` of a source goes on with a relative clause set off before it ("Tom Reed, who led
 * the board, and who now backs Ann Lee"; "Tom Reed, who led the board, and has backed Ann Lee"): what follows still
 * describes the name before the relative, and names no new speaker.
 * @example continuesRelative(tokenize('Tom Reed, who led it, and who backs Ann Lee'), 7) // true
 */
export function continuesRelative(tokens: readonly Token[], and: number): boolean {
  for (let i = 2; i < and - 1; i++) {
    if (tokens[i - 1]?.text === ',' && SET_OFF_RELATIVES.has(tokens[i]?.text ?? '')) return true
  }
  return false
}
