import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// What follows "read" when a reader took a text in: "read that …", "read about it", "read in the papers".
const TAKEN_IN = new Set(['that', 'about', 'in'])
// Personal pronouns, contracted too ("He'd", "I've"): people, who read, where a text ("the sign", "the letter") reads.
const PERSONAL = /^(?:i|he|she|we|they|you)(?:['’](?:d|ve|ll))?$/

/**
 * Whether a cue "read" has a person as its one-word source: someone who took in a text ("He'd read that there were
 * fires", "read about it", "read in the papers"), not one who read aloud ("read a statement saying …") nor a
 * text that gives its words ("The sign read: 'Keep out'", "the statement read").
 * @example readsAsReader(context, draft) // true for "She had read that the drug works."
 */
export function readsAsReader(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { source } = draft
  if (context.lower(first) !== 'read' || !source) return false
  // "He read a statement to reporters saying …", "She read from a prepared text": reading aloud gives words.
  if (!TAKEN_IN.has(context.lower(first + 1) ?? '')) return false
  const words = context.tokens
    .slice(source.start, source.last + 1)
    .map((token) => token.text)
    .join('')
    .toLowerCase()
  return PERSONAL.test(words)
}
