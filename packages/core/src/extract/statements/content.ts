import { CONTENT_SIDES, contentSides } from './content-candidates.ts'
import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { type StatementsModel, scoreFeatures } from './model.ts'
import type { ContentPlace } from './source-candidates.ts'
import { candidateSpans, chooseByRisk } from './span-choice.ts'
import {
  type Boundaries,
  decodeSpan,
  type ScoredSide,
  type Scorer,
  type SpanChoice,
  scoreSide,
} from './span-decoder.ts'
import { trimToWords } from './words.ts'

/**
 * Picks the content of a cue: the side (after, before or around it) whose best span scores highest, then within that
 * side the minimum-risk span among its best ones, a clause ("that …", "whether …") holding a verb. `sides` limits the
 * sides considered (an inverted "…, said Batchelder." looks before the cue only). Null when no side has a word.
 * @example findContent(context, model, cue, window, description) // { start: 4, last: 12, side: 'after' }
 */
export function findContent(
  context: StatementContext,
  model: StatementsModel,
  cue: Cue,
  window: TokenWindow,
  description: number[],
  sides: ReadonlySet<string> = ALL_SIDES,
): ContentPlace | null {
  const score: Scorer = (seed, features, from, to) => scoreFeatures(model.content, seed, features, from, to)
  let chosen: { scored: ScoredSide; best: SpanChoice; index: number } | null = null
  const cache = new Map<Boundaries, Float64Array>()
  contentSides(context, cue, window, description).forEach((side, index) => {
    if (!sides.has(side.name)) return
    const scored = scoreSide(side, score, cache)
    const best = decodeSpan([scored])
    if (best.side >= 0 && (!chosen || best.score > chosen.best.score)) chosen = { scored, best, index }
  })
  if (!chosen) return null
  const { scored, best, index } = chosen as { scored: ScoredSide; best: SpanChoice; index: number }
  const spans = [...candidateSpans(scored, 0, 4, 6), best]
  // "that even during a meeting two months ago" stops too early: a clause holds a verb.
  const verbs = verbCounter(context, window)
  const clauses = spans.filter(
    (span) => !CLAUSE_OPENERS.has(context.lower[span.start] as string) || verbs(span.start, span.end) > 0,
  )
  const choice = chooseByRisk(clauses.length > 0 ? clauses : spans, model.temperature) ?? best
  return settleContent(context, cue, {
    start: choice.start,
    last: choice.end,
    side: CONTENT_SIDES[index] ?? 'after',
  })
}

/**
 * Corrects a chosen content where the words around the cue say where it lies: a quote that opens right after the cue
 * ('saying "…"', 'told the BBC: "…"', 'said of the award: "…"') is the content, all of it and no more, whatever side the
 * model chose.
 * @example settleContent(context, cue, { start: 9, last: 30, side: 'around' }) // { start: 14, last: 30, side: 'after' }
 */
export function settleContent(context: StatementContext, cue: Cue, place: ContentPlace): ContentPlace {
  const quoted = place.side === 'before' ? null : quoteAfterCue(context, cue)
  if (quoted && !(place.side === 'around' && quotedBefore(context, cue, place))) {
    // A content that starts with a closed quote and ends in a quote runs on over the speaker's next quotes
    // ('said: "…," he said. "…"'): it stays. An unclosed one ends where the next opens, each a statement.
    const runsOn =
      quoted.closed &&
      place.start === quoted.start &&
      place.last > quoted.last &&
      context.quoteOf[place.last] !== -1
    if (!runsOn) return { start: quoted.start, last: quoted.last, side: 'after' }
  }
  return place
}

// How far after a cue a colon or a comma may introduce its quote ('told BBC Radio 4's Today programme: "…"').
const AUDIENCE_REACH = 12
const VERBS = new Set(['V', 'VD', 'M'])
const CLAUSE_ENDS = new Set(['.', '!', '?', ';'])
// Fewer words than this make a quote part of a phrase ('highlighted "deeply worrying" cases') unless it ends a clause.
const QUOTE_WORDS = 3

/**
 * The words of the quote that opens right after a cue, or after a colon or a comma that closes a short phrase
 * without a verb (the audience, the topic), in the cue's sentence; null when no quote opens there. A quote of a word
 * or two inside the phrase ('told "CBS This Morning" host Gayle King, "…"') is part of it.
 */
function quoteAfterCue(
  context: StatementContext,
  cue: Cue,
): { start: number; last: number; closed: boolean } | null {
  const sentence = context.sentenceOf[cue.end - 1]
  const limit = Math.min(context.tokens.length, cue.end + AUDIENCE_REACH)
  for (let t = cue.end; t < limit; t++) {
    const quote = context.quotes[context.quoteOf[t] ?? -1]
    if (context.sentenceOf[t] !== sentence || VERBS.has(context.pos[t] ?? '')) return null
    if (!quote) continue
    if (quote.open !== t) return null
    const words = trimToWords(context, quote.innerStart, quote.innerEnd - 1)
    if (!words) return null
    const before = context.lower[t - 1] ?? ''
    const opens = t === cue.end || before === ':' || before === ','
    if (opens && (countWords(context, words) >= QUOTE_WORDS || endsClause(context, quote.end)))
      return { ...words, closed: quote.closed }
    t = quote.end - 1
  }
  return null
}

function countWords(context: StatementContext, range: { start: number; last: number }): number {
  let count = 0
  for (let t = range.start; t <= range.last; t++) count += context.isWord[t] ?? 0
  return count
}

/** Whether the token after a quote closes its clause: the end of the sentence, a full stop, a semicolon. */
function endsClause(context: StatementContext, after: number): boolean {
  return (
    after >= context.tokens.length ||
    context.sentenceOf[after] !== context.sentenceOf[after - 1] ||
    CLAUSE_ENDS.has(context.lower[after] ?? '')
  )
}

/** Whether an around content starts with a quote that closes before its cue ('"…," he said: "…"'). */
function quotedBefore(context: StatementContext, cue: Cue, place: ContentPlace): boolean {
  const quote = context.quotes[context.quoteOf[place.start] ?? -1]
  return quote !== undefined && quote.end <= cue.start
}

const ALL_SIDES: ReadonlySet<string> = new Set(CONTENT_SIDES)

// Words that open a reported clause, which must then hold a verb.
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if'])
const VERB_TAGS = new Set(['V', 'VD', 'VN', 'VG', 'M'])

/** Counts the verb-like tokens in [first, last] of a window in O(1) after one pass over the window. */
function verbCounter(
  context: StatementContext,
  window: TokenWindow,
): (first: number, last: number) => number {
  const prefix = new Int32Array(window.to - window.from + 1)
  for (let t = window.from; t < window.to; t++) {
    prefix[t - window.from + 1] =
      (prefix[t - window.from] as number) + (VERB_TAGS.has(context.pos[t] as string) ? 1 : 0)
  }
  return (first, last) => (prefix[last - window.from + 1] as number) - (prefix[first - window.from] as number)
}
