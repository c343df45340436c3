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
  sums.fill(0)
  for (let k = 0; k < count; k++) {
    const slot = (features[k] as number) & mask
    if (filled && ((filled[slot >> 3] as number) & (1 << (slot & 7))) === 0) continue
    const row = slot * TAG_COUNT
    if (levels) {
      for (let t = 0; t < TAG_COUNT; t++)
        sums[t] = (sums[t] as number) + (levels[emission[row + t] as number] as number)
    } else {
      for (let t = 0; t < TAG_COUNT; t++) sums[t] = (sums[t] as number) + (emission[row + t] as number)
    }
  }
  for (let t = 0; t < TAG_COUNT; t++)
    out[offset + t] = (out[offset + t] as number) + (sums[t] as number) * model.unit
}

// The running sums of addEmission, reused: one row of TAG_COUNT.
const sums = new Float64Array(TAG_COUNT)
