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
  decodeViterbiInto(emission, n, allowed, tags, 0, new ViterbiScratch())
  return tags
}

/**
 * Buffers a run of decodings reuses (back pointers, two rows of scores), grown to the longest sentence, so that
 * tagging a long text makes no typed array per sentence.
 */
export class ViterbiScratch {
  back = new Uint8Array(64 * TAG_COUNT)
  score = new Float64Array(TAG_COUNT)
  next = new Float64Array(TAG_COUNT)

  /** The back pointers, with room for n tokens. */
  backFor(n: number): Uint8Array {
    if (this.back.length < n * TAG_COUNT) this.back = new Uint8Array(n * TAG_COUNT * 2)
    return this.back
  }
}

/**
 * `decodeViterbi` with transitions already constrained, writing the n tags into `tags` from `offset` and working in
 * `scratch`.
 */
export function decodeViterbiInto(
  emission: Float32Array,
  n: number,
  allowed: Float64Array,
  tags: Uint8Array,
  offset: number,
  scratch: ViterbiScratch,
): void {
  if (n === 0) return
  const back = scratch.backFor(n)
  let score = scratch.score
  let next = scratch.next
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
    tags[offset + i] = best
    best = back[i * TAG_COUNT + best] as number
  }
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
