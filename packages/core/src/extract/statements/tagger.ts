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
  // from[p * 3 + tag]: the transition scores as one flat array; previous/current: best scores ending in O, B, I.
  const from = flatTransitions(transitions)
  let previous = Float64Array.of(
    transitions[3]?.[0] ?? 0,
    (transitions[3]?.[1] ?? 0) + (b[0] as number),
    Number.NEGATIVE_INFINITY,
  )
  let current = new Float64Array(3)
  for (let t = 1; t < n; t++) {
    for (let tag = 0; tag < 3; tag++) {
      let best = Number.NEGATIVE_INFINITY
      let arg = 0
      for (let p = tag === 2 ? 1 : 0; p < 3; p++) {
        const score = (previous[p] as number) + (from[p * 3 + tag] as number)
        if (score > best) {
          best = score
          arg = p
        }
      }
      current[tag] = best + (tag === 0 ? 0 : tag === 1 ? (b[t] as number) : (inside[t] as number))
      back[t * 3 + tag] = arg
    }
    const swap = previous
    previous = current
    current = swap
  }
  let tag = 0
  for (let k = 1; k < 3; k++) if ((previous[k] as number) > (previous[tag] as number)) tag = k
  for (let t = n - 1; t >= 0; t--) {
    tags[t] = tag
    tag = back[t * 3 + tag] as number
  }
  return tags
}

// The flat transition scores of each model's transitions, made once rather than for every sentence.
const flat = new WeakMap<Transitions, Float64Array>()

function flatTransitions(transitions: Transitions): Float64Array {
  let from = flat.get(transitions)
  if (!from) {
    from = Float64Array.from({ length: 9 }, (_, k) => transitions[Math.floor(k / 3)]?.[k % 3] ?? 0)
    flat.set(transitions, from)
  }
  return from
}
