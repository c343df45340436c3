import { TAG_COUNT } from './tags.ts'

/**
 * A trained tagger: hashed emission weights (2^bits rows × TAG_COUNT) and tag-to-tag transition weights. Training
 * works on floats; a shipped model keeps its one-byte codes (a quarter of the memory, so that the rows a text
 * touches stay in cache), each standing for `levels[code]` steps of `unit`, and sums those integers exactly.
 */
export interface TaggerModel {
  readonly bits: number
  readonly emission: Float32Array | Uint8Array
  /** For byte codes: the integer each of the 256 codes stands for. */
  readonly levels?: Float64Array
  /**
   * For byte codes: one bit per row, set where the row holds a weight. Most features a text brings are rare and
   * their rows empty; a 16 kB bitmap stays in the fastest cache and spares reading those rows from memory.
   */
  readonly filled?: Uint8Array
  /** What one step of a summed emission weight is worth. */
  readonly unit: number
  /** (TAG_COUNT + 1) × TAG_COUNT; row 0 is the sentence start. */
  readonly transition: Float32Array
}

/** An all-zero model with 2^bits hashed rows, the starting point of training. */
export function createModel(bits: number): TaggerModel {
  return {
    bits,
    emission: new Float32Array((1 << bits) * TAG_COUNT),
    unit: 1,
    transition: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
  }
}

/** Adds the emission weights of a token's features (the first `count`) to out[offset .. offset + TAG_COUNT). */
export function addEmission(
  model: TaggerModel,
  features: ArrayLike<number>,
  out: Float32Array,
  offset: number,
  count = features.length,
): void {
  const mask = (1 << model.bits) - 1
  const { emission, levels, filled } = model
  if (!levels || !filled || TAG_COUNT !== 9) {
    addFloatEmission(model, features, out, offset, count)
    return
  }
  // The shipped model: byte codes, nine tags, sums kept in locals (the tagger's hottest loop).
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let s3 = 0
  let s4 = 0
  let s5 = 0
  let s6 = 0
  let s7 = 0
  let s8 = 0
  for (let k = 0; k < count; k++) {
    const slot = (features[k] as number) & mask
    if (((filled[slot >> 3] as number) & (1 << (slot & 7))) === 0) continue
    const row = slot * 9
    s0 += levels[emission[row] as number] as number
    s1 += levels[emission[row + 1] as number] as number
    s2 += levels[emission[row + 2] as number] as number
    s3 += levels[emission[row + 3] as number] as number
    s4 += levels[emission[row + 4] as number] as number
    s5 += levels[emission[row + 5] as number] as number
    s6 += levels[emission[row + 6] as number] as number
    s7 += levels[emission[row + 7] as number] as number
    s8 += levels[emission[row + 8] as number] as number
  }
  const { unit } = model
  out[offset] = (out[offset] as number) + s0 * unit
  out[offset + 1] = (out[offset + 1] as number) + s1 * unit
  out[offset + 2] = (out[offset + 2] as number) + s2 * unit
  out[offset + 3] = (out[offset + 3] as number) + s3 * unit
  out[offset + 4] = (out[offset + 4] as number) + s4 * unit
  out[offset + 5] = (out[offset + 5] as number) + s5 * unit
  out[offset + 6] = (out[offset + 6] as number) + s6 * unit
  out[offset + 7] = (out[offset + 7] as number) + s7 * unit
  out[offset + 8] = (out[offset + 8] as number) + s8 * unit
}

/** addEmission for a model of floats (training) or of any other tag count. */
function addFloatEmission(
  model: TaggerModel,
  features: ArrayLike<number>,
  out: Float32Array,
  offset: number,
  count: number,
): void {
  const mask = (1 << model.bits) - 1
  const { emission, levels } = model
  sums.fill(0)
  for (let k = 0; k < count; k++) {
    const row = ((features[k] as number) & mask) * TAG_COUNT
    for (let t = 0; t < TAG_COUNT; t++) {
      const value = emission[row + t] as number
      sums[t] = (sums[t] as number) + (levels ? (levels[value] as number) : value)
    }
  }
  for (let t = 0; t < TAG_COUNT; t++)
    out[offset + t] = (out[offset + t] as number) + (sums[t] as number) * model.unit
}

// The running sums of addEmission, reused: one row of TAG_COUNT.
const sums = new Float64Array(TAG_COUNT)
