/** A token position where a span may start or end, with the features that describe that boundary. */
export interface Boundary<F> {
  at: number
  features: F
}

/** One way a span can sit relative to its cue ("after", "before", "around"): its own features and boundaries. */
export interface Side<F> {
  name: string
  features: F
  /** Sorted by position. */
  starts: Boundary<F>[]
  /** Sorted by position. */
  ends: Boundary<F>[]
}

/** The chosen span: which side, and its first and last token (inclusive); side -1 means no span. */
export interface SpanChoice {
  side: number
  start: number
  end: number
  score: number
}

/**
 * Picks the best-scoring span, where a span scores its side's features plus its start's plus its end's and start ≤ end.
 * Linear in the number of boundaries: for each end, the best start so far is kept.
 * @example decodeSpan(sides, (features) => weights.score(features), noneFeatures) // { side: 0, start: 4, end: 12, score: 3.5 }
 */
export function decodeSpan<F>(sides: readonly Side<F>[], score: (features: F) => number, none?: F): SpanChoice {
  let best: SpanChoice = { side: -1, start: -1, end: -1, score: none === undefined ? Number.NEGATIVE_INFINITY : score(none) }
  sides.forEach((side, index) => {
    if (side.starts.length === 0 || side.ends.length === 0) return
    const base = score(side.features)
    let s = 0
    let bestStart = -1
    let bestStartScore = Number.NEGATIVE_INFINITY
    for (const end of side.ends) {
      while (s < side.starts.length && (side.starts[s] as Boundary<F>).at <= end.at) {
        const start = side.starts[s] as Boundary<F>
        const startScore = score(start.features)
        if (startScore > bestStartScore) {
          bestStartScore = startScore
          bestStart = start.at
        }
        s++
      }
      if (bestStart < 0) continue
      const total = base + bestStartScore + score(end.features)
      if (total > best.score) best = { side: index, start: bestStart, end: end.at, score: total }
    }
  })
  return best
}
