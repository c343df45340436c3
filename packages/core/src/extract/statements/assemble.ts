import type { Span } from '../../schemas/span.ts'
import type { Mode } from '../../schemas/statement.ts'
import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import { spanWithSigns } from './glued-signs.ts'
import { quotedPerson } from './quoted-as-saying.ts'
import type { Quote } from './quotes.ts'
import type { SourcePlace } from './source.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

/** A statement found in the text, before its speaker and stance are known: token places turned into offsets. */
export interface StatementDraft {
  cue: Cue
  cueSpan: Span
  source: SourcePlace | null
  sourceSpan: Span | null
  content: ContentPlace
  contentSpan: Span
  contentParts?: Span[]
  mode: Mode
}

function tokenSpan(context: StatementContext, first: number, last: number): Span {
  return { start: context.tokens[first]?.start ?? 0, end: context.tokens[last]?.end ?? 0 }
}

/**
 * Turns the token places of a cue, its content and its source into character spans; an interrupted quote
 * ("'…,' he said, '…'") gets its two parts, the words between them (source, cue, commas) left out.
 * @example assembleDraft(context, cue, content, source).contentParts // [{ start: 1, end: 20 }, { start: 35, end: 60 }]
 */
export function assembleDraft(
  context: StatementContext,
  cue: Cue,
  content: ContentPlace,
  found: SourcePlace | null,
): StatementDraft {
  // "The Post quoted Ms Reed as saying": the quoted person speaks, not the paper the source finder takes.
  const source = quotedPerson(context, cue) ?? found
  const contentSpan = spanWithSigns(context, content.start, content.last)
  const draft: StatementDraft = {
    cue,
    cueSpan: tokenSpan(context, cue.start, cue.end - 1),
    source,
    sourceSpan: source ? tokenSpan(context, source.start, source.last) : null,
    content,
    contentSpan,
    mode: 'indirect',
  }
  if (content.side === 'around') {
    const aside = asideSource(context, cue, source)
    if (aside !== source) {
      draft.source = aside
      draft.sourceSpan = aside ? tokenSpan(context, aside.start, aside.last) : null
    }
    const parts = aroundParts(context, cue, content, aside)
    if (parts) {
      draft.contentParts = parts.map(({ start, last }) => spanWithSigns(context, start, last))
      draft.mode = contentMode(context, parts)
      return draft
    }
  }
  draft.mode = contentMode(context, [{ start: content.start, last: content.last }])
  return draft
}

/**
 * The source of "according to" set off by commas inside the words it reports, ended at its closing comma ('Demand,
 * according to Mr. Marcus, reached…' names "Mr. Marcus", never "Mr. Marcus, reached…"); any other source as it is.
 */
function asideSource(context: StatementContext, cue: Cue, source: SourcePlace | null): SourcePlace | null {
  if (!source || context.lower(cue.start) !== 'according' || source.start < cue.end) return source
  for (let t = source.start + 1; t <= source.last; t++) {
    if (context.lower(t) === ',') return { start: source.start, last: t - 1 }
  }
  return source
}

/** A token range, last token inclusive. */
interface TokenRange {
  start: number
  last: number
}

/**
 * The two parts of a content that surrounds its cue. Quoted speech keeps its quotations and leaves out what lies
 * between them ("'A,' he said on Monday. 'B.'"); otherwise the source, the cue and the commas between are left out.
 */
function aroundParts(
  context: StatementContext,
  cue: Cue,
  content: ContentPlace,
  source: SourcePlace | null,
): TokenRange[] | null {
  const { quotes, quoteOf } = context
  const firstQuote = quotes[quoteOf[content.start] ?? -1]
  // The second quotation is the one the content ends in, past any quoted title in the words between ('said on
  // "Today." "…"'), else the first quote after the cue.
  const lastQuote = quotes[quoteOf[content.last] ?? -1]
  const secondQuote =
    lastQuote && lastQuote.open >= cue.end
      ? lastQuote.innerStart
      : (quotes[quoteAfterCue(context, cue, content.last)]?.innerStart ?? -1)
  let first: TokenRange | null
  let second: TokenRange | null
  if (firstQuote && firstQuote.end <= cue.start && secondQuote >= 0) {
    first = trimToWords(context, content.start, firstQuote.innerEnd - 1)
    second = trimToWords(context, secondQuote, content.last)
  } else {
    const gapStart = source && source.start < cue.start ? source.start : cue.start
    const gapEnd = source && source.last >= cue.end ? source.last : cue.end - 1
    first = trimToWords(context, content.start, gapStart - 1)
    second = trimToWords(context, gapEnd + 1, content.last)
  }
  return first && second ? [first, second] : null
}

/**
 * The index of the first quote that opens after the cue and before token `last` (the second part of a content
 * around its cue: "'A,' he said. 'B.'"), or -1.
 * @example quoteAfterCue(context, cue, content.last) // 3
 */
export function quoteAfterCue(context: StatementContext, cue: Cue, last: number): number {
  const { quotes, quoteOf } = context
  for (let t = cue.end; t <= last; t++) {
    const index = quoteOf[t] ?? -1
    if (index >= 0 && (quotes[index] as Quote).open >= cue.end) return index
  }
  return -1
}

/** Direct when every word of the content is quoted, mixed when some are, indirect when none are. */
function contentMode(context: StatementContext, ranges: readonly TokenRange[]): Mode {
  let quoted = 0
  let words = 0
  for (const { start, last } of ranges) {
    for (let t = start; t <= last; t++) {
      if (!context.isWord[t]) continue
      words++
      const quote = context.quotes[context.quoteOf[t] ?? -1]
      if (quote && t >= quote.innerStart && t < quote.innerEnd) quoted++
    }
  }
  if (quoted === 0) return 'indirect'
  return quoted === words ? 'direct' : 'mixed'
}
