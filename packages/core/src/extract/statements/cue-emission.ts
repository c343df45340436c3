import type { StatementContext } from './context.ts'
import { NEIGHBOURS, neighbourCueFeatures, ownCueFeatures, pairCueFeatures } from './cue-features.ts'
import { sumWeights, type WeightTable } from './model.ts'

/** The cue tagger's [B, I] emission scores of token t of the sentence of tokens [first, last), into `out`. */
export type CueEmission = (t: number, first: number, last: number, out: Float64Array) => void

// A part not scored yet: no sum of a few stored weights (8 or 16 bits each) comes near it.
const UNSET = 0x7fffffff

/**
 * The cue tagger's emission scores over one article, as `scoreEmission(table, cueFeatures(context, t))` gives them,
 * at a third of the weight reads: the features of a token's own form, and those a word brings to the tokens around
 * it from each place, are scored once per form (per word and place) and remembered; only the features of pairs,
 * places and quotes are hashed and read per token. The weights are integers until the one final scaling, so the sums
 * come out the same in any order.
 * @example const emit = cueEmission(context, model.cue); emit(t, sentence.firstToken, sentence.lastToken, out)
 */
export function cueEmission(context: StatementContext, table: WeightTable): CueEmission {
  const { formOf } = context
  // own[(form × 2 + opens its sentence) × 2 + 0 | 1]: the B and I sums of a token's own features.
  const own = new Int32Array(context.formCount * 4).fill(UNSET)
  // around[((word + 1) × 4 + place) × 2 + 0 | 1]: what a word brings from each place; word -1 is the boundary.
  const around = new Int32Array(((context.formCount >> 1) + 1) * NEIGHBOURS.length * 2).fill(UNSET)
  const features: number[] = []
  const sums = new Int32Array(2)
  return (t, first, last, out) => {
    const opens = t === first
    const ownAt = ((formOf[t] as number) * 2 + (opens ? 1 : 0)) * 2
    if (own[ownAt] === UNSET) {
      sumWeights(table, features, ownCueFeatures(context, t, opens, features, 0), sums)
      own[ownAt] = sums[0] as number
      own[ownAt + 1] = sums[1] as number
    }
    let b = own[ownAt] as number
    let inside = own[ownAt + 1] as number
    for (let place = 0; place < NEIGHBOURS.length; place++) {
      const i = t + (NEIGHBOURS[place] as number)
      const word = i >= first && i < last ? ((formOf[i] as number) >> 1) + 1 : 0
      const aroundAt = (word * NEIGHBOURS.length + place) * 2
      if (around[aroundAt] === UNSET) {
        sumWeights(table, features, neighbourCueFeatures(context, place, i, first, last, features, 0), sums)
        around[aroundAt] = sums[0] as number
        around[aroundAt + 1] = sums[1] as number
      }
      b += around[aroundAt] as number
      inside += around[aroundAt + 1] as number
    }
    sumWeights(table, features, pairCueFeatures(context, t, first, last, features, 0), sums)
    out[0] = (b + (sums[0] as number)) * table.step
    out[1] = (inside + (sums[1] as number)) * table.step
  }
}
