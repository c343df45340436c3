import { assembleDraft, type StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { trimToWords } from './words.ts'

/** Whether token t is the first word of its sentence. */
function opensSentence(context: StatementContext, t: number): boolean {
  const sentence = context.parsed.sentences[context.sentenceOf[t] ?? 0]
  if (!sentence) return false
  for (let i = sentence.firstToken; i < t; i++) if (context.isWord[i]) return false
  return true
}

/**
 * Settles a fronted participle ("Admitting that A, Austin claimed B", "Noting that A, Tester added …"): its content
 * ends at the last comma before the main clause's cue, and both statements take the words between that comma and
 * the cue as their source. Other statements pass through unchanged.
 * @example settleFronted(context, drafts) // "Admitting" → content "that A", source "Austin"
 */
export function settleFronted(
  context: StatementContext,
  drafts: readonly StatementDraft[],
): StatementDraft[] {
  const out = [...drafts].sort((a, b) => a.cue.start - b.cue.start)
  for (let i = 0; i < out.length; i++) {
    const fronted = out[i] as StatementDraft
    const head = context.lower(fronted.cue.head) as string
    if (fronted.source !== null || !head.endsWith('ing') || !opensSentence(context, fronted.cue.start))
      continue
    const mainIndex = out.findIndex(
      (other, k) => k > i && context.sentenceOf[other.cue.start] === context.sentenceOf[fronted.cue.start],
    )
    const main = out[mainIndex]
    if (!main) continue
    let comma = -1
    for (let t = main.cue.start - 1; t > fronted.cue.end; t--) {
      if (context.lower(t) === ',') {
        comma = t
        break
      }
    }
    if (comma < 0) continue
    const content = trimToWords(context, fronted.cue.end, comma - 1)
    const subject = trimToWords(context, comma + 1, main.cue.start - 1)
    if (!content || !subject || subject.last - subject.start > 8) continue
    out[i] = assembleDraft(context, fronted.cue, { ...content, side: 'after' }, subject)
    out[mainIndex] = assembleDraft(context, main.cue, main.content, subject)
  }
  return out
}
