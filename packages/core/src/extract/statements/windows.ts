import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { layoutFeature } from './cue-features.ts'

/** How far, in tokens, a content or source may lie from its cue; keeps every cue's work bounded. */
export const MAX_REACH = 150

const SENTENCE_END = new Set(['.', '!', '?'])
// A verb or a clause opener between a cue and a quote: the quote lies inside the reported clause.
const CLAUSE_POS = new Set(['V', 'VD', 'M'])
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if'])

function opensClause(context: StatementContext, t: number): boolean {
  return CLAUSE_POS.has(context.pos(t) ?? '') || CLAUSE_OPENERS.has(context.lower(t) ?? '')
}

/**
 * The first token of token t's sentence, not before the window's start.
 * @example sentenceStartIn(context, 12, { from: 4, to: 30 }) // 9 when t's sentence starts at 9
 */
export function sentenceStartIn(context: StatementContext, t: number, window: TokenWindow): number {
  const first = context.parsed.sentences[context.sentenceOf[t] ?? 0]?.firstToken ?? window.from
  return Math.max(first, window.from)
}

/**
 * The tokens where a cue's content and source may lie: its sentence, widened to a quotation that closes just before
 * the cue ("'…,' he said") or opens just after it ("said: '…'"), to the next sentence after a closing colon, and to
 * the quotations that continue the speech right after it in the same paragraph ("'…,' he said. '…'").
 * @example cueWindow(context, cue) // { from: 0, to: 14 }
 */
export function cueWindow(context: StatementContext, cue: Cue): TokenWindow {
  const { parsed, sentenceOf, paragraphOf, quoteOf, quotes, lower } = context
  const sentenceIndex = sentenceOf[cue.start] ?? 0
  const sentence = parsed.sentences[sentenceIndex]
  let from = sentence?.firstToken ?? 0
  let to = sentence?.lastToken ?? context.tokens.length
  let quoted = false
  for (let t = cue.start - 1; t >= Math.max(0, cue.start - 8); t--) {
    const quote = quotes[quoteOf[t] ?? -1]
    if (quote && quote.end <= cue.start) {
      // A quote that ended its own sentence earlier ('a goal of "peace." He told …', '"… see." Climate change, he
      // says, …') is not this cue's, unless the cue follows it at once ('"… see." he said').
      const opensSentence = parsed.sentences[sentenceOf[quote.open] ?? 0]?.firstToken === quote.open
      const endsWithPeriod = lower(quote.innerEnd - 1) === '.'
      // A quote that ends the paragraph before is someone else's, or the last speaker's: "'….'\n\nTony Blair said …".
      const sameParagraph = paragraphOf[quote.end - 1] === paragraphOf[cue.start]
      const follows = sameParagraph && opensSentence && (!endsWithPeriod || cue.start - quote.end <= 3)
      if (follows || (!endsWithPeriod && sentenceOf[quote.end - 1] === sentenceIndex)) {
        from = Math.min(from, quote.open)
        quoted = true
      }
      break
    }
    if (SENTENCE_END.has(lower(t) as string)) break
  }
  for (let t = cue.end; t < Math.min(context.tokens.length, cue.end + 5); t++) {
    const quote = quotes[quoteOf[t] ?? -1]
    if (quote && quote.open >= cue.end) {
      to = Math.max(to, quote.end)
      quoted = true
      break
    }
    // A quote inside a clause of the cue's ('said his party was "ambitious". "…," he said') is a word of that
    // clause, not speech that goes on into the next quotations.
    if (SENTENCE_END.has(lower(t) as string) || opensClause(context, t)) break
  }
  if (lower(to - 1) === ':' && to < context.tokens.length) {
    const next = parsed.sentences[sentenceOf[to] ?? 0]
    to = Math.max(to, next?.lastToken ?? to)
    const quote = quotes[quoteOf[to - 1] ?? -1]
    if (quote) to = Math.max(to, quote.end)
  }
  // A transcript's "NAME: …" speaks for the rest of its paragraph.
  if (lower(cue.start) === ':' && layoutFeature(context, cue.start)) {
    while (to < context.tokens.length && paragraphOf[to] === paragraphOf[cue.start]) to++
  }
  // Direct speech goes on in the quotations that follow it in the same paragraph.
  const paragraph = paragraphOf[cue.start]
  while (quoted && to < context.tokens.length && to - cue.end < MAX_REACH && paragraphOf[to] === paragraph) {
    const quote = quotes[quoteOf[to] ?? -1]
    if (!quote || quote.open !== to) break
    to = quote.end
  }
  return { from: Math.max(from, cue.start - MAX_REACH), to: Math.min(to, cue.end + MAX_REACH) }
}
