import { CONTENT_SIDES, contentSides, cueDescription } from './content-candidates.ts'
import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { type StatementsModel, scoreFeatures } from './model.ts'
import type { ContentPlace } from './source-candidates.ts'
import { decodeSpan } from './span-decoder.ts'

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
  contentSides(context, cue, window, description).forEach((side, index) => {
    const choice = decodeSpan([side], score)
    if (choice.side < 0) return
    candidates.push({ start: choice.start, last: choice.end, side: CONTENT_SIDES[index] ?? 'after', score: choice.score })
  })
  return candidates
}

export { cueDescription }
