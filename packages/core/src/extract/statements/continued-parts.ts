import type { Statement } from '../../schemas/statement.ts'
import { joinQuote } from './continued-quotes.ts'

/**
 * Folds each quote that goes on alone after a statement (a statement `continueQuotes` added: no cue, no source,
 * direct) into the statement it continues, as a further content part: one attribution whose content comes in pieces,
 * as PolNeAR annotates a speaker's quote that runs on over the next sentences. For reach 'all' only; a reader's list
 * of statements ('spoken') keeps each quoted sentence its own statement. Statements come back in order.
 * @example joinContinuedParts(statements).length // statements.length minus the quotes folded in
 */
export function joinContinuedParts(statements: readonly Statement[]): Statement[] {
  const byEnd = [...statements].sort((a, b) => a.content.end - b.content.end)
  // Each statement, to what it became once the quotes after it were folded in.
  const grown = new Map<Statement, Statement>()
  const folded = new Set<Statement>()
  let last: Statement | null = null
  for (const statement of byEnd) {
    if (last !== null && isContinuation(statement) && statement.speaker === last.speaker) {
      const outer = grown.get(last) ?? last
      grown.set(last, joinQuote(outer, statement.content))
      folded.add(statement)
      continue
    }
    last = statement
  }
  return statements.filter((s) => !folded.has(s)).map((s) => grown.get(s) ?? s)
}

/** Whether a statement is a quote that goes on alone: no cue and no source of its own, quoted. */
function isContinuation(statement: Statement): boolean {
  return statement.cue === null && statement.source === null && statement.mode === 'direct'
}
