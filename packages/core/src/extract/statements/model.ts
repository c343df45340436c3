import data from '../../data/statements/statements.model.json' with { type: 'json' }
import { decodeBase64 } from './base64.ts'
import { mixHash, NO_SIDE } from './feature-hash.ts'
import type { Transitions } from './tagger.ts'

/** A hashed weight table as stored: `size` slots of `width` weights, quantized to 8 or 16 bits, base64-encoded. */
export interface StoredTable {
  size: number
  width: number
  /** 8 or 16 bits per weight. */
  bits: number
  /** A stored weight q stands for q × step. */
  step: number
  weights: string
}

/** The statements model as stored in `data/statements/statements.model.json`. */
export interface StoredModel {
  version: number
  /** Added to every token's B score: above 0 finds more cues, below 0 fewer. */
  cueBias: number
  /** Softmax temperature of the minimum-risk content choice. */
  temperature?: number
  transitions: number[]
  cue: StoredTable
  content: StoredTable
  source: StoredTable
}

/** A hashed weight table ready to score: weights kept as stored (small integers, q × step), so they stay in cache. */
export interface WeightTable {
  size: number
  width: number
  step: number
  weights: Int8Array | Int16Array
}

/** The statements model, ready to score: cue tagger table and transitions, content and source rankers. */
export interface StatementsModel {
  cueBias: number
  /** Softmax temperature of the minimum-risk content choice. */
  temperature: number
  cue: WeightTable
  transitions: Transitions
  content: WeightTable
  source: WeightTable
}

/** Decodes a stored table into weights. */
export function loadTable(stored: StoredTable): WeightTable {
  const bytes = decodeBase64(stored.weights).slice()
  const weights =
    stored.bits === 16 ? new Int16Array(bytes.buffer, 0, bytes.length >> 1) : new Int8Array(bytes.buffer)
  return { size: stored.size, width: stored.width, step: stored.step, weights }
}

/** Turns the stored model into tables for scoring. */
export function loadModel(stored: StoredModel): StatementsModel {
  const t = stored.transitions
  const transitions = [0, 1, 2, 3].map((from) => [
    t[from * 3] ?? 0,
    t[from * 3 + 1] ?? 0,
    t[from * 3 + 2] ?? 0,
  ])
  return {
    cueBias: stored.cueBias,
    temperature: stored.temperature ?? 1,
    cue: loadTable(stored.cue),
    transitions,
    content: loadTable(stored.content),
    source: loadTable(stored.source),
  }
}

let shipped: StatementsModel | undefined

/** The model shipped with the core, decoded on first use. */
export function shippedModel(): StatementsModel {
  shipped ??= loadModel(data as unknown as StoredModel)
  return shipped
}

/**
 * Sums the weights of hashed features `features[from … to)` in a one-wide table: under a side's seed, mixed with it;
 * under NO_SIDE (features that carry their side already, or none), as they are.
 */
export function scoreFeatures(
  table: WeightTable,
  seed: number,
  features: readonly number[],
  from = 0,
  to = features.length,
): number {
  const mask = table.size - 1
  const { weights } = table
  let total = 0
  if (seed === NO_SIDE) {
    for (let k = from; k < to; k++) total += weights[(features[k] as number) & mask] as number
  } else {
    for (let k = from; k < to; k++) total += weights[mixHash(seed, features[k] as number) & mask] as number
  }
  return total * table.step
}

/** Sums the B and I weights of a token's hashed features in the cue tagger's two-wide table, into `out` [B, I]. */
export function scoreEmission(table: WeightTable, features: readonly number[], out: Float64Array): void {
  const sums = new Int32Array(2)
  sumWeights(table, features, features.length, sums)
  out[0] = (sums[0] as number) * table.step
  out[1] = (sums[1] as number) * table.step
}

/**
 * The B and I weights (as stored, integers) of features[0 … count) in the two-wide table, into `sums`: what
 * `scoreEmission` scales, for a tagger that adds sums of its own before the one scaling (cue-emission.ts).
 */
export function sumWeights(
  table: WeightTable,
  features: readonly number[],
  count: number,
  sums: Int32Array,
): void {
  const mask = table.size - 1
  const { weights } = table
  let b = 0
  let inside = 0
  for (let k = 0; k < count; k++) {
    const slot = ((features[k] as number) & mask) * 2
    b += weights[slot] as number
    inside += weights[slot + 1] as number
  }
  sums[0] = b
  sums[1] = inside
}
