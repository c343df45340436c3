import data from '../../data/statements/statements.model.json' with { type: 'json' }
import { decodeBase64 } from './base64.ts'
import { featureSlot } from './feature-hash.ts'
import type { Emission, Transitions } from './tagger.ts'

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

/** A hashed weight table ready to score. */
export interface WeightTable {
  size: number
  width: number
  weights: Float32Array
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
  const bytes = decodeBase64(stored.weights)
  const copy = bytes.slice()
  const quantized = stored.bits === 16 ? new Int16Array(copy.buffer, 0, copy.length >> 1) : new Int8Array(copy.buffer)
  const weights = new Float32Array(stored.size * stored.width)
  for (let i = 0; i < weights.length && i < quantized.length; i++) weights[i] = (quantized[i] as number) * stored.step
  return { size: stored.size, width: stored.width, weights }
}

/** Turns the stored model into tables for scoring. */
export function loadModel(stored: StoredModel): StatementsModel {
  const t = stored.transitions
  const transitions = [0, 1, 2, 3].map((from) => [t[from * 3] ?? 0, t[from * 3 + 1] ?? 0, t[from * 3 + 2] ?? 0])
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

/** Sums the weights of a feature list in a one-wide table. */
export function scoreFeatures(table: WeightTable, features: readonly string[]): number {
  let total = 0
  for (const feature of features) total += table.weights[featureSlot(feature, table.size)] as number
  return total
}

/** Sums the B and I weights of a token's features in the cue tagger's two-wide table. */
export function scoreEmission(table: WeightTable, features: readonly string[]): Emission {
  let b = 0
  let i = 0
  for (const feature of features) {
    const slot = featureSlot(feature, table.size) * 2
    b += table.weights[slot] as number
    i += table.weights[slot + 1] as number
  }
  return [b, i]
}
