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
// Verbs of posting online whose object after "about" is what the post was on, not its words ('a farmer who tweeted
// about the floods'); 'posted on Facebook that…' gives the words.
const POSTING = new Set(
  ['tweet', 'tweeted', 'tweeting', 'post', 'posted', 'posting', 'blog', 'blogged'].map(stemWord),
)

/**
 * Whether a draft's words are only the topic of its cue: a verb of commenting, responding or referring with the
 * preposition that follows it, or of posting online with "about", and the content after it, not quoted ('commented on the reports', 'Responding to the
 * claims'). What was said lies elsewhere ('Commenting on the move, Ms Vale said: "…"'), or nowhere. A quote before
 * the cue ('"…," she commented.') or after its colon ('responded: "…"') is words said, and a negated cue ('would
 * not comment on…') a silence reported.
 * @example namesOnlyATopic(context, draft, first) // true for "commented on" in "Neither firm commented on the reports"
 */
export function namesOnlyATopic(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content } = draft
  // 'would not comment on…' reports a silence, which the schema keeps as a negated statement.
  if (draft.mode === 'direct' || cue.negated || content.start < cue.end) return false
  const stem = context.stem(first) ?? ''
  const particle = context.lower(first + 1) ?? ''
  if (
    TOPIC_VERBS.has(stem) ? !TOPIC_PREPOSITIONS.has(particle) : !(POSTING.has(stem) && particle === 'about')
  )
    return false
  // The preposition is the cue's last word or the content's first: nothing else stands between.
  return first + 1 === cue.end - 1 ? content.start === cue.end : content.start === first + 1
}

// Verbs whose wh-clause names what was explained or told of, not the words ('explained why the plan failed', 'revealed
// what had made her ill'). Not verbs of asking or doubting, whose wh-clause is the question put ('asked whether…',
// 'questioned why…'), nor "say" ('said what mattered was…').
const EXPLAINING = new Set(
  'explain reveal describe detail discuss outline disclose show talk speak spoke spoken write wrote written'
    .split(' ')
    .map(stemWord),
)
// The words that open an indirect question or a free relative. Not "how", which as often gives what was said in
// other words ('explained how important it is to act', 'went on to explain how he believes the cuts hurt').
const WH_WORDS = new Set(['why', 'what', 'where', 'when', 'who', 'whom'])
// What may stand between such a verb and its wh-clause: 'spoke about why…', 'wrote of what…'.
const ABOUT = new Set(['about', 'of', 'on'])

/**
 * Whether a draft's words are only the topic of an explanation: a verb of explaining, revealing or talking with a
 * wh-clause after it and no quote ('explaining why officials might hold back', 'She revealed what had kept her away',
 * 'He spoke about why the team lost'). What was explained is given elsewhere, or not at all.
 * @example namesOnlyAnExplainedTopic(context, draft, first) // true for "explained" in "He explained why he left."
 */
export function namesOnlyAnExplainedTopic(
  context: StatementContext,
  draft: StatementDraft,
  first: number,
): boolean {
  const { cue, content } = draft
  if (draft.mode !== 'indirect' || cue.negated || content.start < cue.end) return false
  if (!EXPLAINING.has(context.stem(first) ?? '')) return false
  // 'has yet to explain why…', 'refused to explain why…': an explanation called for, which attributions count.
  if (context.lower(first - 1) === 'to') return false
  let t = content.start
  if (ABOUT.has(context.lower(t) ?? '')) t++
  return WH_WORDS.has(context.lower(t) ?? '')
}
