import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Pronouns by which a quoted speaker names themself.
const SELF = new Set(['i', 'we'])

/**
 * Whether a draft lies inside a quote and reports the quoted speaker's own words in the first person ('"…I can
 * confirm that the arrest was a US operation…," the governor said', '"I wouldn't say that I'm impressed," she
 * answered'): the quote is already that speaker's statement, and a reader counts it once. A third person inside a
 * quote ('"He told me he would quit," she said') reports someone else, and stays.
 * @example quotesItsSpeaker(context, draft) // true for "I would call" inside a quote of the governor's
 */
export function quotesItsSpeaker(context: StatementContext, draft: StatementDraft): boolean {
  const { source, cue, content } = draft
  if (!source || source.start !== source.last || !SELF.has(context.lower(source.start) ?? '')) return false
  const quote = context.quoteOf[source.start] ?? -1
  if (quote === -1 || context.quoteOf[cue.head] !== quote) return false
  return context.quoteOf[content.start] === quote && context.quoteOf[content.last] === quote
}
