import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

// Verbs whose object after a preposition is the topic spoken of, not the words: 'commented on the reports',
// 'Responding to the claims, …', 'Referring to the detentions, …', 'That comment referred to the scheme'.
const TOPIC_VERBS = new Set(
  'comment commented commenting respond responded responding react reacted reacting refer referred referring reply replied replying'
    .split(' ')
    .map(stemWord),
)
// The prepositions that open such a topic.
const TOPIC_PREPOSITIONS = new Set(['on', 'to', 'about'])

/**
 * Whether a draft's words are only the topic of its cue: a verb of commenting, responding or referring with the
 * preposition that follows it, and the content after it, not quoted ('commented on the reports', 'Responding to the
 * claims'). What was said lies elsewhere ('Commenting on the move, Ms Vale said: "…"'), or nowhere. A quote before
 * the cue ('"…," she commented.') or after its colon ('responded: "…"') is words said, and a negated cue ('would
 * not comment on…') a silence reported.
 * @example namesOnlyATopic(context, draft, first) // true for "commented on" in "Neither firm commented on the reports"
 */
export function namesOnlyATopic(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content } = draft
  // 'would not comment on…' reports a silence, which the schema keeps as a negated statement.
  if (draft.mode === 'direct' || cue.negated || content.start < cue.end) return false
  if (!TOPIC_VERBS.has(context.stem(first) ?? '')) return false
  const particle = context.lower(first + 1) ?? ''
  if (!TOPIC_PREPOSITIONS.has(particle)) return false
  // The preposition is the cue's last word or the content's first: nothing else stands between.
  return first + 1 === cue.end - 1 ? content.start === cue.end : content.start === first + 1
}
