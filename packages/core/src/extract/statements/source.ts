import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { type StatementsModel, scoreFeatures } from './model.ts'
import { type ContentPlace, NO_SOURCE_SEED, noSourceFeatures, sourceSides } from './source-candidates.ts'
import { decodeSpan, type Scorer, scoreSide } from './span-decoder.ts'

/** A source's first and last token (inclusive). */
export interface SourcePlace {
  start: number
  last: number
}

/**
 * Picks the words that name a cue's speaker, or null when the best choice is no source at all, with its score.
 * @example findSource(context, model, cue, window, description, content).place // { start: 0, last: 1 }
 */
export function findSource(
  context: StatementContext,
  model: StatementsModel,
  cue: Cue,
  window: TokenWindow,
  description: readonly number[],
  content: ContentPlace,
): { place: SourcePlace | null; score: number } {
  const score: Scorer = (seed, features, from, to) => scoreFeatures(model.source, seed, features, from, to)
  const sides = sourceSides(context, cue, window, description, content).map((side) => scoreSide(side, score))
  const choice = decodeSpan(
    sides,
    scoreFeatures(model.source, NO_SOURCE_SEED, noSourceFeatures(description, content)),
  )
  return { place: choice.side < 0 ? null : { start: choice.start, last: choice.end }, score: choice.score }
}
