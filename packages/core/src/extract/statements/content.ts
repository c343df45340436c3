import { CONTENT_SIDES, contentSides, cueDescription } from './content-candidates.ts'
import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { type StatementsModel, scoreFeatures } from './model.ts'
import type { ContentPlace } from './source-candidates.ts'
import { decodeSpan } from './span-decoder.ts'
import { candidateSpans, chooseByRisk } from './span-choice.ts'

/** A content candidate with the ranker's score. */
export interface ScoredContent extends ContentPlace {
  score: number
}

/**
 * The best content of a cue on each side (after, before, around it) within its window, with their scores;
 * sides without words are left out.
 * @example contentCandidates(context, model, cue, window, description) // [{ start: 4, last: 12, side: 'after', score: 3.1 }, …]
 */
export function contentCandidates(
  context: StatementContext,
  model: StatementsModel,
  cue: Cue,
  window: TokenWindow,
  description: string[],
): ScoredContent[] {
  const score = (features: readonly string[]) => scoreFeatures(model.content, features)
  const candidates: ScoredContent[] = []
  const verbs = verbCounter(context, window)
  contentSides(context, cue, window, description).forEach((side, index) => {
    const best = decodeSpan([side], score)
    const spans = candidateSpans([side], score, 5, 8)
    if (best.side >= 0) spans.push({ ...best, side: 0 })
    // A clause ("that …", "whether …") holds a verb: "that even during a meeting two months ago" stops too early.
    const clauses = spans.filter((span) => !CLAUSE_OPENERS.has(context.lower[span.start] as string) || verbs(span.start, span.end) > 0)
    const choice = chooseByRisk(clauses.length > 0 ? clauses : spans, model.temperature)
    if (!choice) return
    candidates.push({ start: choice.start, last: choice.end, side: CONTENT_SIDES[index] ?? 'after', score: best.score })
  })
  return candidates
}

// Words that open a reported clause, which must then hold a verb.
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if'])
const VERB_TAGS = new Set(['V', 'VD', 'VN', 'VG', 'M'])

/** Counts the verb-like tokens in [first, last] of a window in O(1) after one pass over the window. */
function verbCounter(context: StatementContext, window: TokenWindow): (first: number, last: number) => number {
  const prefix = new Int32Array(window.to - window.from + 1)
  for (let t = window.from; t < window.to; t++) {
    prefix[t - window.from + 1] = (prefix[t - window.from] as number) + (VERB_TAGS.has(context.pos[t] as string) ? 1 : 0)
  }
  return (first, last) => (prefix[last - window.from + 1] as number) - (prefix[first - window.from] as number)
}

export { cueDescription }
