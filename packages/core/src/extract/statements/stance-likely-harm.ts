import type { Token } from '../../parse/document.ts'

// Verbs of a harm that happens rather than is done: "threatens to derail the talks", "threatened to overshadow the
// summit". Said of a thing ("the row", "the ban"), "threatens to" means "is likely to", and no one threatens anyone.
const HARMS = new Set(
  'undermine derail overshadow reignite rekindle disrupt damage harm wreck spark trigger deepen worsen sour jeopardise jeopardize engulf overwhelm unravel dent erode stall delay destabilise destabilize cloud upset eclipse complicate scupper hamper plunge tip spill spread escalate dominate dwarf'.split(
    ' ',
  ),
)

/**
 * Whether the words from token k are "to" and a verb of harm that happens: the content of "the dispute threatens to
 * overshadow the summit", a likelihood, not a threat. Only read where the statement has no speaker: a person who
 * "threatened to derail the talks" does threaten.
 * @example threatensHarm(tokensOf('to derail the talks'), 0) // true
 */
export function threatensHarm(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text.toLowerCase() === 'to' && HARMS.has(tokens[k + 1]?.text.toLowerCase() ?? '')
}
