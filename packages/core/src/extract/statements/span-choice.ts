import { type ScoredSide, type SpanChoice, spanChoice } from './span-decoder.ts'

/** The indexes of the k highest scores, best first (ties to the earlier index); O(n·k) for the small k used here. */
function topIndexes(scores: Float64Array, k: number): number[] {
  const top: number[] = []
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] as number
    if (top.length === k && score <= (scores[top[k - 1] as number] as number)) continue
    let at = top.length
    while (at > 0 && (scores[top[at - 1] as number] as number) < score) at--
    top.splice(at, 0, i)
    if (top.length > k) top.pop()
  }
  return top
}

/**
 * The most promising spans of one scored side: its best few starts paired with its best few ends (start ≤ end).
 * Bounded work whatever the side's length: at most `starts` × `ends` spans.
 * @example candidateSpans(side, 0, 5, 8).length // ≤ 40
 */
export function candidateSpans(side: ScoredSide, index: number, starts: number, ends: number): SpanChoice[] {
  const out: SpanChoice[] = []
  const bestStarts = topIndexes(side.startScore, starts)
  const bestEnds = topIndexes(side.endScore, ends)
  for (const s of bestStarts) {
    const start = side.startAt[s] as number
    for (const e of bestEnds) {
      const end = side.endAt[e] as number
      if (start > end) continue
      out.push(
        spanChoice(
          index,
          start,
          end,
          side.base + (side.startScore[s] as number) + (side.endScore[e] as number),
        ),
      )
    }
  }
  return out
}

/**
 * Whether two spans' token Jaccard (overlap / union) is at least 0.5: for spans of tokens, in integers, since a
 * quotient of integers this small rounds to 0.5 only when it is 0.5.
 */
function overlapsByHalf(a: SpanChoice, b: SpanChoice): boolean {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1)
  const union = a.end - a.start + 1 + (b.end - b.start + 1) - overlap
  return union > 0 ? 2 * overlap >= union : overlap / union >= 0.5
}

/**
 * Picks the span most likely to overlap the true one by half (token Jaccard ≥ 0.5), reading the scores as a softmax
 * with the given temperature: a minimum-risk choice rather than the single best score, which hedges between a short
 * and a long reading of the same content.
 * @example chooseByRisk(candidates, 0.3) // the candidate that agrees with most of the probability mass
 */
export function chooseByRisk(candidates: readonly SpanChoice[], temperature: number): SpanChoice | null {
  if (candidates.length === 0) return null
  let max = Number.NEGATIVE_INFINITY
  for (const c of candidates) max = Math.max(max, c.score)
  const weights = candidates.map((c) => Math.exp((c.score - max) / temperature))
  let mass = 0
  let top: SpanChoice | null = null
  candidates.forEach((c, k) => {
    mass += weights[k] as number
    if (c.score === max && top === null) top = c
  })
  // When the best span holds nearly all the mass, it is the choice: no need to weigh the others.
  if (top !== null && 1 / mass > 0.98) return top
  // Which pairs agree, each pair tested once (the overlap is symmetric), then summed in the same order as before.
  const n = candidates.length
  const agree = new Uint8Array(n * n)
  for (let i = 0; i < n; i++) {
    agree[i * n + i] = overlapsByHalf(candidates[i] as SpanChoice, candidates[i] as SpanChoice) ? 1 : 0
    for (let k = i + 1; k < n; k++)
      if (overlapsByHalf(candidates[i] as SpanChoice, candidates[k] as SpanChoice)) {
        agree[i * n + k] = 1
        agree[k * n + i] = 1
      }
  }
  let best: SpanChoice | null = null
  let bestGain = -1
  for (let i = 0; i < n; i++) {
    const c = candidates[i] as SpanChoice
    let gain = 0
    for (let k = 0; k < n; k++) if (agree[i * n + k] === 1) gain += weights[k] as number
    if (
      gain > bestGain + 1e-9 ||
      (Math.abs(gain - bestGain) <= 1e-9 && best !== null && c.score > best.score)
    ) {
      bestGain = gain
      best = c
    }
  }
  return best
}
