import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Auxiliaries that open a question before its subject: 'What did the minister say…?', 'Will they suggest…?', 'How
// can you tell…?', 'How dare people suggest…?'.
const QUESTION_AUXILIARIES = new Set(
  'do does did will would can could should shall may might must dare'.split(' '),
)

/**
 * Whether a draft's cue is the bare verb of a question the article asks, outside any quote: an auxiliary before the
 * cue in a sentence that ends with a question mark ('What did the minister say to the press?', 'Will his allies
 * suggest he is unhappy?', 'Did she say MELAS?'). The question reports no one's words; a question quoted from
 * someone is a statement of theirs.
 * @example asksAQuestion(context, draft) // true for "say" in "What did the minister say?"
 */
export function asksAQuestion(context: StatementContext, draft: StatementDraft): boolean {
  const { cue } = draft
  const head = cue.head
  if (context.quoteOf[head] !== -1 || context.pos(head) !== 'V') return false
  const sentence = context.sentenceOf[head]
  let end = head
  while (end + 1 < context.tokens.length && context.sentenceOf[end + 1] === sentence) end++
  while (end > head && !context.isWord[end] && context.lower(end) !== '?') end--
  // 'Ballot papers will ask: "Should the UK approve…?"': the question is the one quoted.
  if (context.lower(end) !== '?' || context.quoteOf[end] !== -1) return false
  for (let t = head - 1; t >= 0 && context.sentenceOf[t] === sentence; t--) {
    if (context.lower(t) === ',' || context.quoteOf[t] !== -1) return false
    if (QUESTION_AUXILIARIES.has(context.lower(t) ?? '')) return true
  }
  return false
}
