/** Scores of B and I over O for one token; O scores 0. */
export type Emission = readonly [number, number]

/** Transition scores, indexed [previous tag][tag], with the start of the sequence as previous tag 3. */
export type Transitions = readonly (readonly number[])[]

/**
 * The best B/I/O tag sequence for a run of tokens (Viterbi over three states; I never follows O or the start).
 * Linear in the number of tokens.
 * @example decodeTags(Float64Array.of(2, -1), Float64Array.of(-1, 3), transitions) // [1, 2]
 */
export function decodeTags(b: Float64Array, inside: Float64Array, transitions: Transitions): Uint8Array {
  const n = b.length
  const tags = new Uint8Array(n)
  if (n === 0) return tags
  const back = new Uint8Array(n * 3)
  let previous = [0, 0, 0]
  for (let t = 0; t < n; t++) {
    const emit = [0, b[t] as number, inside[t] as number]
    const current = [0, 0, 0]
    for (let tag = 0; tag < 3; tag++) {
      let best = Number.NEGATIVE_INFINITY
      let from = 0
      if (t === 0) {
        best = tag === 2 ? Number.NEGATIVE_INFINITY : (transitions[3]?.[tag] ?? 0)
      } else {
        for (let p = 0; p < 3; p++) {
          if (tag === 2 && p === 0) continue
          const score = (previous[p] as number) + (transitions[p]?.[tag] ?? 0)
          if (score > best) {
            best = score
            from = p
          }
        }
      }
      current[tag] = best + (emit[tag] as number)
      back[t * 3 + tag] = from
    }
    previous = current
  }
  let tag = 0
  for (let k = 1; k < 3; k++) if ((previous[k] as number) > (previous[tag] as number)) tag = k
  for (let t = n - 1; t >= 0; t--) {
    tags[t] = tag
    tag = back[t * 3 + tag] as number
  }
  return tags
}
