// Builds the tagger's word classes (Brown-cluster-like) from unlabeled text and writes them into core's data:
// words that occur beside the same words fall in the same class, so that a name the labeled data never saw
// ("Fianna", "Bundesbank") still shares weights with the names that fill the same slots.
// Unlabeled text: the tokens of CoNLL-2003 train and CrossNER politics train (labels unused) and the BBC News
// articles outside politics (the politics folder is where the gold set is read from, so it is left out).
// Each word is a vector of its neighbours one and two words away (Hellinger-scaled counts over the commonest words),
// randomly projected to a few dozen dimensions and clustered by spherical k-means; the fine classes are then
// clustered again into coarse ones, the two levels standing in for two lengths of a Brown bit-string prefix.
// Run (in packages/core): node scripts/build-word-clusters.ts   (deterministic, about a minute)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { WordClasses } from '../src/extract/actors/tagger/word-classes.ts'
import { tokenize } from '../src/parse/tokenize.ts'
import { readConll } from './conll.ts'
import { readCrossner } from './crossner.ts'
import { classCentroids, cluster, normalizeRows } from './spherical-kmeans.ts'

const DATA = new URL('../../../../shared/data/', import.meta.url).pathname
const OUT = new URL('../src/data/actors/word-classes.json', import.meta.url).pathname
const MIN_COUNT = 3
const MAX_WORDS = 24_000
const CONTEXT_WORDS = 800
const DIMENSIONS = 96
const FINE = 512
const COARSE = 64

/** Sentences of tokens from every unlabeled source. */
function* unlabeledSentences(): Generator<readonly string[]> {
  for (const document of readConll(`${DATA}conll2003/train.txt`)) for (const s of document) yield s.tokens
  for (const document of readCrossner(`${DATA}crossner-politics/train.txt`))
    for (const s of document) yield s.tokens
  const bbc = `${DATA}bbc-news/news/`
  for (const topic of readdirSync(bbc).sort()) {
    if (topic === 'politics') continue
    for (const file of readdirSync(`${bbc}${topic}`).sort()) {
      for (const line of readFileSync(`${bbc}${topic}/${file}`, 'utf8').split('\n')) {
        if (line.trim()) yield tokenize(line).map((t) => t.text)
      }
    }
  }
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const started = Date.now()
const sentences = [...unlabeledSentences()]
const counts = new Map<string, number>()
const contextCounts = new Map<string, number>()
let tokens = 0
// A sentence's first word counts under its lower-case form (BBC lines are paragraphs: a word after a full stop
// or an opening quote starts a sentence too), so that a capitalized word in the classes is one written so inside
// sentences ("Since" is not, "Clinton" is).
const OPENERS = new Set(['.', '?', '!', '"', "'", '``', ':', '(', '-', '--'])
const formAt = (sentence: readonly string[], i: number) => {
  const word = sentence[i] as string
  return i === 0 || OPENERS.has(sentence[i - 1] as string) ? word.toLowerCase() : word
}
for (const sentence of sentences) {
  for (let i = 0; i < sentence.length; i++) {
    const word = formAt(sentence, i)
    counts.set(word, (counts.get(word) ?? 0) + 1)
    const lower = word.toLowerCase()
    contextCounts.set(lower, (contextCounts.get(lower) ?? 0) + 1)
    tokens++
  }
}
// A capitalized form written in lower case three times as often is a common word ("Critics" of the London Film
// Critics' Circle): it is left out, so that the tagger sees it by its lower-case class.
const mostlyLower = (word: string, n: number) => {
  const lower = word.toLowerCase()
  return lower !== word && (counts.get(lower) ?? 0) >= 3 * n
}
const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)
const vocabulary = [...counts]
  .filter(([word, n]) => n >= MIN_COUNT && /\p{L}/u.test(word) && !mostlyLower(word, n))
  .sort(byCount)
  .slice(0, MAX_WORDS)
  .map(([word]) => word)
const index = new Map(vocabulary.map((word, i) => [word, i]))
// Context slots: the commonest lower-cased words, then three buckets for the rest (capitalized, other, edge).
const contexts = [...contextCounts]
  .sort(byCount)
  .slice(0, CONTEXT_WORDS)
  .map(([w]) => w)
const contextIndex = new Map(contexts.map((w, i) => [w, i]))
const SLOTS = CONTEXT_WORDS + 3
const slotOf = (word: string | undefined) => {
  if (word === undefined) return CONTEXT_WORDS + 2
  const known = contextIndex.get(word.toLowerCase())
  if (known !== undefined) return known
  return /^\p{Lu}/u.test(word) ? CONTEXT_WORDS : CONTEXT_WORDS + 1
}
// Four blocks of slots: the words one and two before, one and two after (the farther ones at half weight).
const BLOCKS = 4
const OFFSETS = [-1, 1, -2, 2]
const WEIGHTS = [1, 1, 0.5, 0.5]
const cooccurrence = new Float32Array(vocabulary.length * BLOCKS * SLOTS)
for (const sentence of sentences) {
  for (let i = 0; i < sentence.length; i++) {
    const w = index.get(formAt(sentence, i))
    if (w === undefined) continue
    for (let b = 0; b < BLOCKS; b++) {
      const k = w * BLOCKS * SLOTS + b * SLOTS + slotOf(sentence[i + (OFFSETS[b] as number)])
      cooccurrence[k] = (cooccurrence[k] as number) + (WEIGHTS[b] as number)
    }
  }
}
// Random projection of the Hellinger-scaled rows (square roots of the neighbour distribution).
const rand = random(11)
const projection = Float32Array.from({ length: BLOCKS * SLOTS * DIMENSIONS }, () => (rand() < 0.5 ? -1 : 1))
const vectors = new Float32Array(vocabulary.length * DIMENSIONS)
for (let w = 0; w < vocabulary.length; w++) {
  const row = w * BLOCKS * SLOTS
  let total = 0
  for (let k = 0; k < BLOCKS * SLOTS; k++) total += cooccurrence[row + k] as number
  const out = w * DIMENSIONS
  for (let k = 0; k < BLOCKS * SLOTS; k++) {
    const c = cooccurrence[row + k] as number
    if (c === 0) continue
    const value = Math.sqrt(c / total)
    for (let d = 0; d < DIMENSIONS; d++) {
      vectors[out + d] = (vectors[out + d] as number) + value * (projection[k * DIMENSIONS + d] as number)
    }
  }
}
normalizeRows(vectors, DIMENSIONS)

const fine = cluster(vectors, DIMENSIONS, FINE, 15)
const fineCentroids = classCentroids(vectors, DIMENSIONS, fine, FINE)
const coarse = cluster(fineCentroids, DIMENSIONS, COARSE, 20)
const members: string[][] = Array.from({ length: FINE }, () => [])
for (let w = 0; w < vocabulary.length; w++) members[fine[w] as number]?.push(vocabulary[w] as string)
const classes: WordClasses = { coarse: Array.from(coarse), words: members.map((m) => m.sort().join(' ')) }
const json = JSON.stringify(classes)
writeFileSync(OUT, `${json}\n`)
console.log(
  `${sentences.length} sentences, ${tokens} tokens; ${vocabulary.length} words in ${FINE} classes (${COARSE} coarse); ` +
    `wrote ${OUT}: ${(json.length / 1e3).toFixed(0)} kB, ${(gzipSync(json).length / 1e3).toFixed(0)} kB gzipped; ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s`,
)
for (const probe of ['Germany', 'Clinton', 'Labour', 'Reuters', 'Monday', 'said', 'Since', 'Microsoft']) {
  const w = index.get(probe)
  if (w === undefined) continue
  console.log(`${probe}: ${(members[fine[w] as number] ?? []).slice(0, 12).join(' ')}`)
}
