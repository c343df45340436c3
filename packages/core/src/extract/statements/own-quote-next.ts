import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Pronouns by which a quote's attribution names one person or body named before.
const SAME_SPEAKER = new Set(['he', 'she', 'it'])
// How many words after a quote closes its attribution is looked for: '"…," he said.', '"…," Vale added.'.
const ATTRIBUTION_REACH = 4

/**
 * Whether the sentence right after a draft's content opens with a quote that its attribution gives to the draft's
 * source: "he" or "she" or the source's last word within a few words after the quote closes ('Vale feels the rule
 * is unfair. "It punishes the wrong people," he said.'). News follows a view it reports with the words that voice it,
 * which makes the view a statement for a reader.
 * @example quotedNextBySource(context, draft) // true for "feels" when '"…," he said.' follows
 */
export function quotedNextBySource(context: StatementContext, draft: StatementDraft): boolean {
  const { source, content } = draft
  if (!source) return false
  const sentence = context.sentenceOf[content.last]
  let next = content.last + 1
  while (next < context.tokens.length && context.sentenceOf[next] === sentence) next++
  const index = context.quoteOf[next] ?? -1
  const quote = context.quotes[index]
  if (!quote || quote.open !== next) return false
  const name = context.lower(source.last)
  for (let t = quote.end; t < Math.min(context.tokens.length, quote.end + ATTRIBUTION_REACH); t++) {
    if (context.quoteOf[t] !== -1) return false
    const word = context.lower(t) ?? ''
    if (SAME_SPEAKER.has(word) || word === name) return true
  }
  return false
}
