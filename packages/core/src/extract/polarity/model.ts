import data from '../../data/polarity/polarity.model.json' with { type: 'json' }
import valenceData from '../../data/polarity/valence.json' with { type: 'json' }
import vectorData from '../../data/polarity/word-vectors.json' with { type: 'json' }
import { loadTable, type StoredTable, type WeightTable } from '../statements/model.ts'
import { loadLexicon, type PolarityLexicon, type StoredLexicon } from './lexicon.ts'
import { loadMlp, type Mlp, type StoredMlp } from './mlp.ts'
import { loadValence, type StoredValence, type Valence } from './valence.ts'
import { loadWordVectors, type StoredWordVectors, type WordVectors } from './word-vectors.ts'

/** The polarity model as stored in `data/polarity/polarity.model.json`. */
export interface StoredPolarityModel {
  version: number
  /** Hashed features × 3 weights (negative, neutral, positive). */
  table: StoredTable
  lexicon: StoredLexicon
  /** The network over dense features (word vectors, outside valence), when the model has one. */
  mlp?: StoredMlp
}

/** The polarity model ready to score. */
export interface PolarityModel {
  table: WeightTable
  lexicon: PolarityLexicon
  mlp?: Mlp
  vectors: WordVectors
  valence: Valence
}

let shipped: PolarityModel | undefined

/** The model shipped with the core, decoded on first use. */
export function shippedPolarityModel(): PolarityModel {
  if (shipped) return shipped
  const stored = data as unknown as StoredPolarityModel
  shipped = {
    table: loadTable(stored.table),
    lexicon: loadLexicon(stored.lexicon),
    vectors: loadWordVectors(vectorData as unknown as StoredWordVectors),
    valence: loadValence(valenceData as unknown as StoredValence),
    ...(stored.mlp ? { mlp: loadMlp(stored.mlp) } : {}),
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
