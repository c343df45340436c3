import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import { reportingClass } from './lexicon.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

/**
 * A quote closed on a comma before its cue that resumes later is one content around the cue, its two quotations the
 * parts: after a comma in the cue's sentence ('"We will win," Ms Reed said on Monday, "and we will win well."') or
 * opening the next sentence of the paragraph ('"We will win," she said in Leeds, recalling the last vote. "We were
 * close then."'). The words after the cue (a time, a place, a participle clause) only interrupt it and are never
 * content. A quote after another reporting word ('…," he said, adding: "…"') is that word's; a quote that ends on
 * a comma or goes on into its sentence ('"…," Ms Cole said.') has a cue of its own.
 * @example resumeQuoteAfterCue(context, content, cue).side // 'around'
 */
export function resumeQuoteAfterCue(
  context: StatementContext,
  content: ContentPlace,
  cue: Cue,
): ContentPlace {
  const { quotes, quoteOf, tokens } = context
  const first = quotes[quoteOf[content.start] ?? -1]
  if (!first?.closed || first.end > cue.start || content.start < first.innerStart) return content
  if (tokens[first.innerEnd - 1]?.text !== ',' && tokens[first.end]?.text !== ',') return content
  const opening = trimToWords(context, content.start, first.innerEnd - 1)
  if (!opening || (content.last < cue.start && opening.last !== content.last)) return content
  const second = resumedQuote(context, cue)
  const words = second ? trimToWords(context, second.innerStart, second.innerEnd - 1) : null
  if (words) {
    const fits = content.last < cue.start || content.last <= words.last
    return fits ? { start: content.start, last: words.last, side: 'around' } : content
  }
  if (content.last < cue.start) return content
  // A content around the cue that holds a quote opened after a comma or in a later sentence keeps it; one that
  // holds only the narrator's words after the cue ('…," she said in Leeds', a quoted title) is the first quote.
  for (let t = cue.end; t <= content.last; t++) {
    const quote = quotes[quoteOf[t] ?? -1]
    const later = context.sentenceOf[t] !== context.sentenceOf[cue.start]
    if (quote?.open === t && (tokens[t - 1]?.text === ',' || later)) return content
  }
  return { ...opening, side: 'before' }
}

/** The quote that resumes an interrupted one after its cue, or null (see resumeQuoteAfterCue). */
function resumedQuote(
  context: StatementContext,
  cue: Cue,
): { open: number; innerStart: number; innerEnd: number; end: number; closed: boolean } | null {
  const { quotes, quoteOf, sentenceOf, paragraphOf, tokens } = context
  const sentence = sentenceOf[cue.start]
  let reported = false
  let t = cue.end
  for (; t < tokens.length && sentenceOf[t] === sentence; t++) {
    const quote = quotes[quoteOf[t] ?? -1]
    if (quote && quote.open === t) {
      if (tokens[t - 1]?.text === ',') return reported ? null : quote
      // A quoted title or phrase in the narrator's words ('said on "Good Morning Britain."') is passed over.
      t = Math.max(t, quote.end - 1)
      continue
    }
    if (reportingClass(context.stem(t) ?? '') !== undefined) reported = true
  }
  const next = quotes[quoteOf[t] ?? -1]
  if (!next?.closed || next.open !== t || paragraphOf[t] !== paragraphOf[cue.start]) return null
  // The quote ends its sentence: one that closes on a comma or runs on into words has a cue of its own.
  if (tokens[next.innerEnd - 1]?.text === ',') return null
  const after = next.end
  if (after < tokens.length && sentenceOf[after] === sentenceOf[next.innerEnd - 1] && context.isWord[after])
    return null
  if (after < tokens.length && tokens[after]?.text === ',') return null
  return next
}
