import { canFollow, isInside, TAG_COUNT } from './tags.ts'

/**
 * Finds the best tag sequence for n tokens given emission scores (n × TAG_COUNT) and transition scores
 * ((TAG_COUNT + 1) × TAG_COUNT, row 0 for the start; `allowed` when already constrained). I-x never follows anything
 * but B-x or I-x. Linear in n.
 */
export function decodeViterbi(
  emission: Float32Array,
  n: number,
  transition: Float32Array,
  allowed = constrainTransitions(transition),
): Uint8Array {
  const tags = new Uint8Array(n)
  if (n === 0) return tags
  const back = new Uint8Array(n * TAG_COUNT)
  let score = new Float64Array(TAG_COUNT)
  let next = new Float64Array(TAG_COUNT)
  for (let t = 0; t < TAG_COUNT; t++) {
    score[t] = (allowed[t] as number) + (emission[t] as number)
  }
  for (let i = 1; i < n; i++) {
    const base = i * TAG_COUNT
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = Number.NEGATIVE_INFINITY
      let arg = 0
      // I-x follows only B-x (just before it in TAGS) or I-x itself; every other tag may follow anything.
      const from = isInside(t) ? t - 1 : 0
      const to = isInside(t) ? t + 1 : TAG_COUNT
      for (let p = from; p < to; p++) {
        const s = (score[p] as number) + (allowed[(p + 1) * TAG_COUNT + t] as number)
        if (s > best) {
          best = s
          arg = p
        }
      }
      next[t] = best + (emission[base + t] as number)
      back[base + t] = arg
    }
    const swap = score
    score = next
    next = swap
  }
  let best = 0
  for (let t = 1; t < TAG_COUNT; t++) if ((score[t] as number) > (score[best] as number)) best = t
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = best
    best = back[i * TAG_COUNT + best] as number
  }
  return tags
}

/**
 * Transitions with the IOB2 constraint folded in (−∞ where I-x may not follow), so that Viterbi's inner loop has no
 * branch on it. Computed once per document by the tagger; training, whose transitions change, per sentence.
 */
export function constrainTransitions(transition: Float32Array): Float64Array {
  const allowed = new Float64Array((TAG_COUNT + 1) * TAG_COUNT)
  for (let p = -1; p < TAG_COUNT; p++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      const k = (p + 1) * TAG_COUNT + t
      allowed[k] = canFollow(p, t) ? (transition[k] as number) : Number.NEGATIVE_INFINITY
    }
  }
  return allowed
}
