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
  return { start: choice.start, last: choice.end, side: CONTENT_SIDES[index] ?? 'after' }
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
