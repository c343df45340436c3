import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import { reportingClass } from './lexicon.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

/**
 * A quote closed on a comma before its cue that resumes after a comma later in the cue's sentence ('"We will win,"
 * Ms Reed said on Monday, "and we will win well."') is one content around the cue, its two quotations the parts:
 * the words after the cue ("on Monday", "referring to the vote") only interrupt it. A quote after another reporting
 * word ('…," he said, adding: "…"') is that word's, and a quote closed on a full stop ends what was said.
 * @example resumeQuoteAfterCue(context, content, cue).side // 'around'
 */
export function resumeQuoteAfterCue(
  context: StatementContext,
  content: ContentPlace,
  cue: Cue,
): ContentPlace {
  const { quotes, quoteOf, sentenceOf, tokens } = context
  if (content.last >= cue.start) return content
  const first = quotes[quoteOf[content.start] ?? -1]
  if (!first?.closed || first.end > cue.start || content.start < first.innerStart) return content
  if (trimToWords(context, first.innerStart, first.innerEnd - 1)?.last !== content.last) return content
  if (tokens[first.innerEnd - 1]?.text !== ',' && tokens[first.end]?.text !== ',') return content
  const sentence = sentenceOf[cue.start]
  for (let t = cue.end; t < tokens.length && sentenceOf[t] === sentence; t++) {
    if (quoteOf[t] !== -1) {
      const second = quotes[quoteOf[t] as number]
      if (!second || second.open !== t || tokens[t - 1]?.text !== ',') return content
      const words = trimToWords(context, second.innerStart, second.innerEnd - 1)
      return words ? { start: content.start, last: words.last, side: 'around' } : content
    }
    if (reportingClass(context.stem(t) ?? '') !== undefined) return content
  }
  return content
}
