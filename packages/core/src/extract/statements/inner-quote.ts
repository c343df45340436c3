import type { StatementContext } from './context.ts'
import { type ScoredSide, type SpanChoice, spanChoice } from './span-decoder.ts'

// Parts of speech after a quote's close that carry its phrase on: a noun the quote modifies ('"high-impact"
// marketing'), an adjective. Not a coordinator: on PolNeAR train what follows 'and' is as often a new clause of the
// writer's ('calling him a "nice guy" and he did not…') as more of what was said.
const CARRIES_ON = new Set(['N', 'J'])

/**
 * A content that ends on the last word of a short quote inside it ('plans to invest in "high-impact" | marketing
 * in Europe') ends at the best end after that quote instead, when the word after the closing mark carries the phrase
 * on as a noun the quote modifies: the quote was a few of the speaker's words inside the clause, not all of it. A content that is the quote, or
 * one whose quote ends the sentence or is followed by a mark or another clause, is left as it is.
 * @example pastInnerQuote(context, scored, choice).end // the best end after the quote
 */
export function pastInnerQuote(
  context: StatementContext,
  scored: ScoredSide,
  choice: SpanChoice,
): SpanChoice {
  const quote = context.quotes[context.quoteOf[choice.end + 1] ?? -1]
  if (!quote?.closed || quote.innerEnd !== choice.end + 1 || quote.innerStart <= choice.start) return choice
  const next = quote.end
  const sentence = context.sentenceOf[choice.end]
  if (context.sentenceOf[next] !== sentence || !context.isWord[next]) return choice
  if (!CARRIES_ON.has(context.pos(next) ?? '')) return choice
  let bestEnd = -1
  let bestScore = Number.NEGATIVE_INFINITY
  for (let e = 0; e < scored.endAt.length; e++) {
    const at = scored.endAt[e] as number
    if (at < next || context.sentenceOf[at] !== sentence) continue
    const score = scored.endScore[e] as number
    if (score > bestScore) {
      bestScore = score
      bestEnd = at
    }
  }
  if (bestEnd < 0) return choice
  return spanChoice(choice.side, choice.start, bestEnd, choice.score)
}
