import { TAG_COUNT } from './tags.ts'

/** A trained tagger: hashed emission weights (2^bits rows × TAG_COUNT) and tag-to-tag transition weights. */
export interface TaggerModel {
  readonly bits: number
  readonly emission: Float32Array
  /** (TAG_COUNT + 1) × TAG_COUNT; row 0 is the sentence start. */
  readonly transition: Float32Array
}

/** An all-zero model with 2^bits hashed rows, the starting point of training. */
export function createModel(bits: number): TaggerModel {
  return {
    bits,
    emission: new Float32Array((1 << bits) * TAG_COUNT),
    transition: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
  }
}

/** Adds the emission weights of a token's features to out[offset .. offset + TAG_COUNT). */
export function addEmission(
  model: TaggerModel,
  features: ArrayLike<number>,
  out: Float32Array,
  offset: number,
): void {
  const mask = (1 << model.bits) - 1
  const { emission } = model
  for (let k = 0; k < features.length; k++) {
    const row = ((features[k] as number) & mask) * TAG_COUNT
    for (let t = 0; t < TAG_COUNT; t++)
      out[offset + t] = (out[offset + t] as number) + (emission[row + t] as number)
  }
}
