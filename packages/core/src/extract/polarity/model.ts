import data from '../../data/polarity/polarity.model.json' with { type: 'json' }
import { loadTable, type StoredTable, type WeightTable } from '../statements/model.ts'
import { loadLexicon, type PolarityLexicon, type StoredLexicon } from './lexicon.ts'

/** The polarity model as stored in `data/polarity/polarity.model.json`. */
export interface StoredPolarityModel {
  version: number
  /** Hashed features × 3 weights (negative, neutral, positive). */
  table: StoredTable
  lexicon: StoredLexicon
}

/** The polarity model ready to score. */
export interface PolarityModel {
  table: WeightTable
  lexicon: PolarityLexicon
}

let shipped: PolarityModel | undefined

/** The model shipped with the core, decoded on first use. */
export function shippedPolarityModel(): PolarityModel {
  shipped ??= {
    table: loadTable((data as unknown as StoredPolarityModel).table),
    lexicon: loadLexicon((data as unknown as StoredPolarityModel).lexicon),
  }
  return shipped
}

/** The three class scores (negative, neutral, positive) of hashed features, into `out`. */
export function scorePolarity(table: WeightTable, features: readonly number[], out: Float64Array): void {
  const mask = table.size - 1
  const { weights } = table
  let negative = 0
  let neutral = 0
  let positive = 0
  for (const feature of features) {
    const slot = (feature & mask) * 3
    negative += weights[slot] as number
    neutral += weights[slot + 1] as number
    positive += weights[slot + 2] as number
  }
  out[0] = negative * table.step
  out[1] = neutral * table.step
  out[2] = positive * table.step
}
