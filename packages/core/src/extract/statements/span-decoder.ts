import { NO_SIDE } from './feature-hash.ts'

/**
 * Token positions where a span may start (or end), sorted, with the hashed features of each, packed flat:
 * the features of boundary k are `features[offsets[k] … offsets[k + 1])`. Packed so that building and scoring
 * thousands of boundaries per article allocates a few arrays, not one per boundary.
 */
export interface Boundaries {
  at: number[]
  offsets: number[]
  features: number[]
}

/** An empty boundary list to fill with `addBoundary`. */
export function newBoundaries(): Boundaries {
  return { at: [], offsets: [0], features: [] }
}

/** Closes the boundary at `at` whose features were just pushed onto `list.features`. */
export function addBoundary(list: Boundaries, at: number): void {
  list.at.push(at)
  list.offsets.push(list.features.length)
}

/**
 * One way a span can sit relative to its cue ("after", "before", "around"): its own features under its seed, and its
 * start and end boundaries, whose features already carry the seed of the side they were built for. Sides share
 * boundary lists (and their weights): the starts of "around" are those of "before", its ends those of "after".
 */
export interface Side {
  name: string
  seed: number
  features: number[]
  starts: Boundaries
  ends: Boundaries
}

/** A side with every boundary scored once: positions and scores, in order. */
export interface ScoredSide {
  base: number
  startAt: readonly number[]
  startScore: Float64Array
  endAt: readonly number[]
  endScore: Float64Array
}

/** A scorer of hashed features under a side's seed. */
export type Scorer = (seed: number, features: readonly number[], from: number, to: number) => number

/** Scores a side's features and every boundary once; boundary lists shared between sides are scored once per `cache`. */
export function scoreSide(
  side: Side,
  score: Scorer,
  cache = new Map<Boundaries, Float64Array>(),
): ScoredSide {
  const scoreAll = (list: Boundaries) => {
    const known = cache.get(list)
    if (known) return known
    const out = new Float64Array(list.at.length)
    for (let k = 0; k < out.length; k++)
      out[k] = score(NO_SIDE, list.features, list.offsets[k] as number, list.offsets[k + 1] as number)
    cache.set(list, out)
    return out
  }
  return {
    base: score(side.seed, side.features, 0, side.features.length),
    startAt: side.starts.at,
    startScore: scoreAll(side.starts),
    endAt: side.ends.at,
    endScore: scoreAll(side.ends),
  }
}

/** The chosen span: which side, and its first and last token (inclusive); side -1 means no span. */
export interface SpanChoice {
  side: number
  start: number
  end: number
  score: number
}

/**
 * Built by a constructor, not an object literal: a literal's scores would start as small integers (a score of
 * exactly 0 is common) and every fraction after that would throw away the optimized code of the functions that build
 * choices, again and again; a class's instances settle on one layout.
 */
class Choice implements SpanChoice {
  side: number
  start: number
  end: number
  score: number
  constructor(side: number, start: number, end: number, score: number) {
    this.side = side
    this.start = start
    this.end = end
    this.score = score
  }
}

/** A span choice. */
export function spanChoice(side: number, start: number, end: number, score: number): SpanChoice {
  return new Choice(side, start, end, score)
}

/**
 * Picks the best-scoring span, where a span scores its side plus its start plus its end and start ≤ end; the
 * `none` score stands for no span at all. Linear in the number of boundaries: for each end, the best start so far.
 * @example decodeSpan(scoredSides, noneScore) // { side: 0, start: 4, end: 12, score: 3.5 }
 */
export function decodeSpan(sides: readonly ScoredSide[], none = Number.NEGATIVE_INFINITY): SpanChoice {
  // The best so far in locals, one object at the end: no allocation per improvement.
  let bestSide = -1
  let bestFrom = -1
  let bestTo = -1
  let bestScore = none
  sides.forEach((side, index) => {
    let s = 0
    let bestStart = -1
    let bestStartScore = Number.NEGATIVE_INFINITY
    for (let e = 0; e < side.endAt.length; e++) {
      const endAt = side.endAt[e] as number
      while (s < side.startAt.length && (side.startAt[s] as number) <= endAt) {
        const score = side.startScore[s] as number
        if (score > bestStartScore) {
          bestStartScore = score
          bestStart = side.startAt[s] as number
        }
        s++
      }
      if (bestStart < 0) continue
      const total = side.base + bestStartScore + (side.endScore[e] as number)
      if (total > bestScore) {
        bestSide = index
        bestFrom = bestStart
        bestTo = endAt
        bestScore = total
      }
    }
  })
  return spanChoice(bestSide, bestFrom, bestTo, bestScore)
}
