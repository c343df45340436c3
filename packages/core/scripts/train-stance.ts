// Trains the polarity-toward-a-target model from NewsMTSC train and writes src/data/polarity/polarity.model.json.
// Usage: npm run train:stance -- [--newsmtsc DIR] [--epochs N] [--bits N] [--l2 X] [--rate X] [--window N] [--seeds N] [--dry]
// Prints macro-F1 on NewsMTSC dev as it goes (dev is for development: nothing is fitted on it but the settings).

import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { polarityFeatures } from '../src/extract/polarity/features.ts'
import type { PolarityLexicon, StoredLexicon } from '../src/extract/polarity/lexicon.ts'
import type { StoredPolarityModel } from '../src/extract/polarity/model.ts'
import { readSentence } from '../src/extract/polarity/sentence.ts'
import { hashString } from '../src/extract/statements/feature-hash.ts'
import type { StoredTable } from '../src/extract/statements/model.ts'
import {
  CLASSES,
  newsmtscDir,
  type PolarityClass,
  readNewsmtsc,
  scoreClasses,
  type TargetExample,
} from './read-newsmtsc.ts'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
const EPOCHS = option('epochs', 12)
const BITS = option('bits', 16)
const L2 = option('l2', 1e-2)
const RATE = option('rate', 0.03)
const FOLDS = 5
const WINDOW = option('window', 8)
const OUT = new URL('../src/data/polarity/polarity.model.json', import.meta.url).pathname

/** Counts of the classes of the targets each stem stands near, over a set of examples. */
function countNear(examples: readonly TargetExample[]): Map<string, [number, number, number]> {
  const counts = new Map<string, [number, number, number]>()
  for (const example of examples) {
    const sentence = readSentence(example.sentence, example.target)
    const seen = new Set<string>()
    const from = Math.max(0, sentence.first - WINDOW)
    const to = Math.min(sentence.stems.length, sentence.end + WINDOW)
    for (let k = from; k < to; k++) {
      if ((k >= sentence.first && k < sentence.end) || sentence.punctuation[k]) continue
      seen.add(sentence.stems[k] as string)
    }
    const label = CLASSES.indexOf(example.polarity)
    for (const stem of seen) {
      const row = counts.get(stem) ?? [0, 0, 0]
      row[label] = (row[label] as number) + 1
      counts.set(stem, row)
    }
  }
  return counts
}

/**
 * The lexicon of a set of examples: for each stem seen near at least 3 targets, the smoothed log-odds of positive
 * over negative targets and of opinionated over neutral ones, each against the prior and shrunk for rare stems.
 */
function buildLexicon(examples: readonly TargetExample[]): StoredLexicon {
  const counts = countNear(examples)
  const totals = [0, 1, 2].map((c) => examples.filter((e) => CLASSES.indexOf(e.polarity) === c).length)
  const [nNeg, nNeu, nPos] = totals.map((t) => t / examples.length) as [number, number, number]
  const prior = 4
  const stems: string[] = []
  const polarity: number[] = []
  const opinion: number[] = []
  for (const [stem, [neg, neu, pos]] of counts) {
    const n = neg + neu + pos
    if (n < 3) continue
    const p = Math.log((pos + prior * nPos) / (neg + prior * nNeg)) - Math.log(nPos / nNeg)
    const o =
      Math.log((pos + neg + prior * (nPos + nNeg)) / (neu + prior * nNeu)) - Math.log((nPos + nNeg) / nNeu)
    const shrink = n / (n + 5)
    const ps = Math.round(100 * p * shrink)
    const os = Math.round(100 * o * shrink)
    if (Math.abs(ps) < 15 && Math.abs(os) < 15) continue
    stems.push(stem)
    polarity.push(ps)
    opinion.push(os)
  }
  return { stems: stems.join(' '), polarity, opinion }
}

function toLexicon(stored: StoredLexicon): PolarityLexicon {
  const scores = new Map<number, readonly [number, number]>()
  stored.stems.split(' ').forEach((stem, k) => {
    scores.set(hashString(stem), [(stored.polarity[k] ?? 0) / 100, (stored.opinion[k] ?? 0) / 100])
  })
  return { scores }
}

interface Row {
  features: Uint32Array
  label: number
}

function featurize(examples: readonly TargetExample[], lexicon: PolarityLexicon): Row[] {
  return examples.map((example) => ({
    features: Uint32Array.from(polarityFeatures(readSentence(example.sentence, example.target), lexicon)),
    label: CLASSES.indexOf(example.polarity),
  }))
}

/** A small deterministic generator, so that a training run is repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Multinomial logistic regression over hashed features, AdaGrad with L2 on the weights a step touches. */
function trainSoftmax(rows: readonly Row[], classWeight: readonly number[], seed: number): Float32Array {
  const mask = (1 << BITS) - 1
  const weights = new Float32Array((mask + 1) * 3)
  const squares = new Float32Array((mask + 1) * 3).fill(1e-2)
  const order = rows.map((_, k) => k)
  const next = random(seed)
  const scores = new Float64Array(3)
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(next() * (k + 1))
      ;[order[k], order[j]] = [order[j] as number, order[k] as number]
    }
    for (const index of order) {
      const row = rows[index] as Row
      score(weights, mask, row.features, scores)
      const weight = classWeight[row.label] as number
      for (const feature of row.features) {
        const slot = (feature & mask) * 3
        for (let c = 0; c < 3; c++) {
          const w = weights[slot + c] as number
          const g = weight * ((scores[c] as number) - (c === row.label ? 1 : 0)) + L2 * w
          squares[slot + c] = (squares[slot + c] as number) + g * g
          weights[slot + c] = w - (RATE * g) / Math.sqrt(squares[slot + c] as number)
        }
      }
    }
  }
  return weights
}

/** Softmax probabilities of a row's features into `out`. */
function score(weights: Float32Array, mask: number, features: Uint32Array, out: Float64Array): void {
  out.fill(0)
  for (const feature of features) {
    const slot = (feature & mask) * 3
    for (let c = 0; c < 3; c++) out[c] = (out[c] as number) + (weights[slot + c] as number)
  }
  const top = Math.max(out[0] as number, out[1] as number, out[2] as number)
  let sum = 0
  for (let c = 0; c < 3; c++) {
    out[c] = Math.exp((out[c] as number) - top)
    sum += out[c] as number
  }
  for (let c = 0; c < 3; c++) out[c] = (out[c] as number) / sum
}

function evaluate(weights: Float32Array, rows: readonly Row[]) {
  const mask = weights.length / 3 - 1
  const scores = new Float64Array(3)
  const predicted: PolarityClass[] = []
  for (const row of rows) {
    score(weights, mask, row.features, scores)
    predicted.push(CLASSES[scores.indexOf(Math.max(...scores))] as PolarityClass)
  }
  return scoreClasses(
    rows.map((row) => CLASSES[row.label] as PolarityClass),
    predicted,
  )
}

function report(name: string, result: ReturnType<typeof evaluate>): void {
  const per = CLASSES.map((c) => `${c} ${(result.f1[c] * 100).toFixed(1)}`).join(', ')
  console.log(
    `${name}: macro-F1 ${(result.macroF1 * 100).toFixed(2)} (${per}), accuracy ${(result.accuracy * 100).toFixed(1)}`,
  )
}

/** Quantizes a weight table to 8 bits (q × step) in base64. */
function exportTable(weights: Float32Array, width: number): StoredTable {
  let top = 0
  for (const w of weights) top = Math.max(top, Math.abs(w))
  const step = top / 127 || 1
  const quantized = Int8Array.from(weights, (w) => Math.round(w / step))
  return {
    size: weights.length / width,
    width,
    bits: 8,
    step,
    weights: Buffer.from(quantized.buffer).toString('base64'),
  }
}

function main(): void {
  const dir = newsmtscDir(args)
  const train = readNewsmtsc(dir, 'train')
  const dev = readNewsmtsc(dir, 'dev')
  console.log(`NewsMTSC: ${train.length} train targets, ${dev.length} dev targets`)
  // Each fold's features see a lexicon built without that fold, so the lexicon's scores are as noisy in
  // training as on new text.
  const rows: Row[] = []
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = train.filter((e) => e.sentenceIndex % FOLDS === fold)
    const rest = train.filter((e) => e.sentenceIndex % FOLDS !== fold)
    const foldLexicon = toLexicon(buildLexicon(rest))
    rows.push(...featurize(held, foldLexicon))
  }
  const stored = buildLexicon(train)
  const lexicon = toLexicon(stored)
  const devRows = featurize(dev, lexicon)
  const counts = [0, 1, 2].map((c) => rows.filter((r) => r.label === c).length)
  const classWeight = counts.map((n) => rows.length / (3 * n))
  const seeds = option('seeds', 1)
  const weights = new Float32Array((1 << BITS) * 3)
  for (let seed = 1; seed <= seeds; seed++) {
    const one = trainSoftmax(rows, classWeight, seed)
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) + (one[k] as number) / seeds
  }
  report('dev (float weights)', evaluate(weights, devRows))
  const table = exportTable(weights, 3)
  const model: StoredPolarityModel = { version: 1, table, lexicon: stored }
  const json = JSON.stringify(model)
  console.log(
    `model: ${(json.length / 1e3).toFixed(0)} KB, ${(gzipSync(json).length / 1e3).toFixed(0)} KB gzipped, lexicon ${stored.polarity.length} stems`,
  )
  if (!args.includes('--dry')) writeFileSync(OUT, `${json}\n`)
}

main()
