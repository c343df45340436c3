// Trains the statements model (cue tagger, content ranker, source ranker) on a PolNeAR split and writes it to
// src/data/statements/statements.model.json. Deterministic: fixed order, seeded shuffles, no clock or randomness.
// Usage: npm run train:statements -- [--polnear DIR] [--conll DIR] [--epochs N] [--bags N] [--first-bag N] [--out FILE]
//   [--only cue|content|source [--base FILE]]   (trains one part, keeping the others from FILE, the shipped model)
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CONTENT_SIDES, contentSides, cueDescription } from '../src/extract/statements/content-candidates.ts'
import { buildContext, type StatementContext } from '../src/extract/statements/context.ts'
import { type Cue, makeCue } from '../src/extract/statements/cue.ts'
import { cueFeatures } from '../src/extract/statements/cue-features.ts'
import { mayBeCue } from '../src/extract/statements/cues.ts'
import { mixHash, NO_SIDE } from '../src/extract/statements/feature-hash.ts'
import type { StoredModel, StoredTable } from '../src/extract/statements/model.ts'
import {
  type ContentPlace,
  NO_SOURCE_SEED,
  noSourceFeatures,
  sourceSides,
} from '../src/extract/statements/source-candidates.ts'
import {
  type Boundaries,
  decodeSpan,
  type ScoredSide,
  type Side,
} from '../src/extract/statements/span-decoder.ts'
import { decodeTags } from '../src/extract/statements/tagger.ts'
import { cueWindow } from '../src/extract/statements/windows.ts'
import { trimToWords } from '../src/extract/statements/words.ts'
import { parseArticle } from '../src/parse/index.ts'
import type { Span } from '../src/schemas/span.ts'
import { type GoldArticle, readPolnear } from './read-polnear.ts'

const here = dirname(fileURLToPath(import.meta.url))

/** The features of a token the tagger never scores. */
const SKIPPED = new Int32Array()

/**
 * Maps hashed features to the slots of a hashed table, as the extractor will, so that epochs do arithmetic only.
 * A first pass counts the features; in the second, features seen fewer than `minCount` times are left out, so that
 * one-off word pairs do not crowd the slots of the features that matter.
 */
class FeatureIndex {
  readonly size: number
  readonly seen = new Map<number, number>()
  counting = true
  minCount = 1
  kept = 0
  constructor(bits: number) {
    this.size = 2 ** bits
  }
  intern(seed: number, features: readonly number[]): Int32Array {
    if (this.counting) {
      for (const feature of features) {
        const key = seed === NO_SIDE ? feature : mixHash(seed, feature)
        this.seen.set(key, (this.seen.get(key) ?? 0) + 1)
      }
      return new Int32Array()
    }
    const slots: number[] = []
    for (const feature of features) {
      const key = seed === NO_SIDE ? feature : mixHash(seed, feature)
      if ((this.seen.get(key) ?? 0) >= this.minCount) slots.push(key & (this.size - 1))
    }
    return Int32Array.from(slots)
  }
  /** Ends the counting pass. */
  freeze(minCount: number): void {
    this.counting = false
    this.minCount = minCount
    for (const count of this.seen.values()) if (count >= minCount) this.kept++
  }
}

/** Averaged perceptron weights over dense ids, with `width` weights per feature (the lazy-averaging trick). */
class AveragedWeights {
  weights: Float64Array
  totals: Float64Array
  step = 1
  readonly width: number
  constructor(size: number, width: number) {
    this.width = width
    this.weights = new Float64Array(size * width)
    this.totals = new Float64Array(size * width)
  }
  grow(size: number): void {
    if (size * this.width <= this.weights.length) return
    const weights = new Float64Array(size * this.width * 2)
    weights.set(this.weights)
    const totals = new Float64Array(size * this.width * 2)
    totals.set(this.totals)
    this.weights = weights
    this.totals = totals
  }
  score(ids: Int32Array, slot = 0): number {
    let total = 0
    for (const id of ids) total += this.weights[id * this.width + slot] as number
    return total
  }
  update(ids: Int32Array, slot: number, delta: number): void {
    for (const id of ids) {
      const k = id * this.width + slot
      this.weights[k] = (this.weights[k] as number) + delta
      this.totals[k] = (this.totals[k] as number) + this.step * delta
    }
  }
  averaged(): Float64Array {
    const out = new Float64Array(this.weights.length)
    for (let k = 0; k < out.length; k++)
      out[k] = (this.weights[k] as number) - (this.totals[k] as number) / this.step
    return out
  }
}

/** A deterministic shuffle (mulberry32). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

/** Token range [first, last] touched by character spans, or null. */
function tokensOf(context: StatementContext, spans: readonly Span[]): { first: number; last: number } | null {
  let first = -1
  let last = -1
  context.tokens.forEach((token, t) => {
    if (spans.some((span) => token.end > span.start && token.start < span.end)) {
      if (first < 0) first = t
      last = t
    }
  })
  return first < 0 ? null : { first, last }
}

interface TaggerSentence {
  features: Int32Array[]
  tags: Uint8Array
}

/** A side of candidate spans with every feature already a table slot. */
interface SlotSide {
  features: Int32Array
  starts: { at: number; features: Int32Array }[]
  ends: { at: number; features: Int32Array }[]
}

interface RankInstance {
  sides: SlotSide[]
  none?: Int32Array
  gold: { side: number; start: number; end: number }
}

function internSides(index: FeatureIndex, sides: Side[]): SlotSide[] {
  const intern = (seed: number, list: Boundaries) =>
    list.at.map((at, k) => ({
      at,
      features: index.intern(
        seed,
        list.features.slice(list.offsets[k] as number, list.offsets[k + 1] as number),
      ),
    }))
  return sides.map((side) => ({
    features: index.intern(side.seed, side.features),
    starts: intern(NO_SIDE, side.starts),
    ends: intern(NO_SIDE, side.ends),
  }))
}

/** Whether the gold span is one of the candidates of its side. */
function reachable(sides: SlotSide[], gold: RankInstance['gold']): boolean {
  if (gold.side < 0) return true
  const side = sides[gold.side]
  if (!side) return false
  return side.starts.some((b) => b.at === gold.start) && side.ends.some((b) => b.at === gold.end)
}

function spanFeatures(
  sides: SlotSide[],
  choice: { side: number; start: number; end: number },
  none?: Int32Array,
): Int32Array[] {
  if (choice.side < 0) return none ? [none] : []
  const side = sides[choice.side] as SlotSide
  const start = side.starts.find((b) => b.at === choice.start)
  const end = side.ends.find((b) => b.at === choice.end)
  return [side.features, start?.features ?? new Int32Array(), end?.features ?? new Int32Array()]
}

/** Scores slot sides with the current weights, as the extractor scores hashed sides with the shipped ones. */
function scoreSlotSides(sides: SlotSide[], model: AveragedWeights): ScoredSide[] {
  return sides.map((side) => ({
    base: model.score(side.features),
    startAt: side.starts.map((b) => b.at),
    startScore: Float64Array.from(side.starts, (b) => model.score(b.features)),
    endAt: side.ends.map((b) => b.at),
    endScore: Float64Array.from(side.ends, (b) => model.score(b.features)),
  }))
}

/** Token-range Jaccard of two spans (first and last token inclusive): how the eval judges a content. */
function rangeJaccard(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1)
  return overlap / (a.end - a.start + 1 + (b.end - b.start + 1) - overlap)
}

/** Options of the ranker training: epochs, and when a near miss counts as right. */
interface RankerOptions {
  epochs: number
  /** A prediction with at least this token Jaccard to the gold span is not corrected. */
  goodEnough: number
}

function trainRanker(
  name: string,
  instances: RankInstance[],
  index: FeatureIndex,
  options: RankerOptions,
  seed = 0,
): Float64Array {
  const model = new AveragedWeights(index.size, 1)
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let correct = 0
    for (const instance of shuffled(instances, 17 + epoch + 1000 * seed)) {
      const { gold } = instance
      const none = instance.none ? model.score(instance.none) : Number.NEGATIVE_INFINITY
      const choice = decodeSpan(scoreSlotSides(instance.sides, model), none)
      const exact =
        choice.side === gold.side &&
        (gold.side < 0 || (choice.start === gold.start && choice.end === gold.end))
      const near = gold.side >= 0 && choice.side >= 0 && rangeJaccard(choice, gold) >= options.goodEnough
      if (exact) correct++
      if (!exact && !near) {
        for (const ids of spanFeatures(instance.sides, gold, instance.none)) model.update(ids, 0, 1)
        for (const ids of spanFeatures(instance.sides, choice, instance.none)) model.update(ids, 0, -1)
      }
      model.step++
    }
    console.log(`${name} epoch ${epoch + 1}: ${(correct / instances.length).toFixed(3)} exact on train`)
  }
  return model.averaged()
}

function trainTagger(sentences: TaggerSentence[], index: FeatureIndex, epochs: number, seed = 0) {
  const model = new AveragedWeights(index.size, 3)
  // Transitions: 4 previous states (O, B, I, start) × 3 tags, trained alongside as ordinary weights.
  const transitions = new AveragedWeights(12, 1)
  const transitionIds = Array.from({ length: 12 }, (_, k) => Int32Array.of(k))
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0
    let total = 0
    for (const sentence of shuffled(sentences, 101 + epoch + 1000 * seed)) {
      const b = new Float64Array(sentence.features.length)
      const inside = new Float64Array(sentence.features.length)
      sentence.features.forEach((ids, t) => {
        if (ids === SKIPPED) {
          b[t] = -1e9
          inside[t] = -1e9
          return
        }
        const o = model.score(ids, 0)
        b[t] = model.score(ids, 1) - o
        inside[t] = model.score(ids, 2) - o
      })
      const table = [0, 1, 2, 3].map((from) =>
        [0, 1, 2].map((tag) => transitions.weights[from * 3 + tag] as number),
      )
      const predicted = decodeTags(b, inside, table)
      let previousGold = 3
      let previousPredicted = 3
      for (let t = 0; t < predicted.length; t++) {
        const gold = sentence.tags[t] as number
        const guess = predicted[t] as number
        total++
        if (gold !== guess) {
          errors++
          const ids = sentence.features[t] as Int32Array
          model.update(ids, gold, 1)
          model.update(ids, guess, -1)
        }
        if (gold !== guess || previousGold !== previousPredicted) {
          transitions.update(transitionIds[previousGold * 3 + gold] as Int32Array, 0, 1)
          transitions.update(transitionIds[previousPredicted * 3 + guess] as Int32Array, 0, -1)
        }
        previousGold = gold
        previousPredicted = guess
      }
      model.step++
      transitions.step++
    }
    console.log(`cue tagger epoch ${epoch + 1}: token error ${((100 * errors) / total).toFixed(2)}%`)
  }
  return { emissions: model.averaged(), transitions: transitions.averaged() }
}

/** Quantizes a table's weights to 8 bits (q × step) and encodes them in base64. */
function exportTable(weights: Float64Array, size: number, width: number, bits: number): StoredTable {
  let max = 0
  for (const w of weights) max = Math.max(max, Math.abs(w))
  const top = bits === 16 ? 32767 : 127
  const step = max > 0 ? max / top : 1
  const quantized = bits === 16 ? new Int16Array(size * width) : new Int8Array(size * width)
  for (let k = 0; k < quantized.length; k++) quantized[k] = Math.round((weights[k] as number) / step)
  return { size, width, bits, step, weights: Buffer.from(quantized.buffer).toString('base64') }
}

/** The training material drawn from a split: tagger sentences and ranker instances, as hashed slots. */
interface Material {
  sentences: TaggerSentence[]
  contentInstances: RankInstance[]
  sourceInstances: RankInstance[]
  unreachableContent: number
  unreachableSource: number
  skipped: number
}

/** The feature indexes of the three models. */
interface Indexes {
  cue: FeatureIndex
  content: FeatureIndex
  source: FeatureIndex
}

/**
 * Builds the training material of every article with the extractor's own features, windows and candidates; with
 * `spans` false, only the tagger's sentences (the rankers' candidates are most of the work).
 */
function collectMaterial(articles: readonly GoldArticle[], indexes: Indexes, spans = true): Material {
  const material: Material = {
    sentences: [],
    contentInstances: [],
    sourceInstances: [],
    unreachableContent: 0,
    unreachableSource: 0,
    skipped: 0,
  }
  for (const article of articles) {
    const context = buildContext(parseArticle(article.text))
    const tags = new Uint8Array(context.tokens.length)
    for (const attribution of article.attributions) {
      const cueTokens = tokensOf(context, attribution.cue)
      const contentTokens = tokensOf(context, attribution.content)
      if (!cueTokens || !contentTokens) {
        material.skipped++
        continue
      }
      tags[cueTokens.first] = 1
      for (let t = cueTokens.first + 1; t <= cueTokens.last; t++) tags[t] = 2
      if (!spans) continue
      const cue: Cue = makeCue(context, cueTokens.first, cueTokens.last + 1)
      const words = trimToWords(context, contentTokens.first, contentTokens.last)
      if (!words) continue
      const window = cueWindow(context, cue)
      const description = cueDescription(context, cue, window)
      const side = words.start >= cue.end ? 0 : words.last < cue.start ? 1 : 2
      const sides = internSides(indexes.content, contentSides(context, cue, window, description))
      const goldContent = { side, start: words.start, end: words.last }
      if (reachable(sides, goldContent)) material.contentInstances.push({ sides, gold: goldContent })
      else material.unreachableContent++
      const place: ContentPlace = {
        start: words.start,
        last: words.last,
        side: CONTENT_SIDES[side] ?? 'after',
      }
      const sourceCandidates = internSides(
        indexes.source,
        sourceSides(context, cue, window, description, place),
      )
      const none = indexes.source.intern(NO_SOURCE_SEED, noSourceFeatures(description, place))
      const sourceTokens = attribution.source.length ? tokensOf(context, attribution.source) : null
      const sourceWords = sourceTokens ? trimToWords(context, sourceTokens.first, sourceTokens.last) : null
      const goldSource = sourceWords
        ? { side: sourceWords.last < cue.start ? 0 : 1, start: sourceWords.start, end: sourceWords.last }
        : { side: -1, start: -1, end: -1 }
      if (reachable(sourceCandidates, goldSource))
        material.sourceInstances.push({ sides: sourceCandidates, none, gold: goldSource })
      else material.unreachableSource++
    }
    for (const sentence of context.parsed.sentences) {
      const features: Int32Array[] = []
      const sentenceTags = tags.slice(sentence.firstToken, sentence.lastToken)
      for (let t = sentence.firstToken; t < sentence.lastToken; t++) {
        // Tokens the tagger never scores (names, numbers, punctuation) are left out of its training too: they are O,
        // and a cue they interrupted starts again after them.
        const k = t - sentence.firstToken
        if (mayBeCue(context, t, sentence.firstToken)) {
          features.push(indexes.cue.intern(NO_SIDE, cueFeatures(context, t)))
          if (sentenceTags[k] === 2 && (k === 0 || sentenceTags[k - 1] === 0)) sentenceTags[k] = 1
        } else {
          features.push(SKIPPED)
          sentenceTags[k] = 0
        }
      }
      material.sentences.push({ features, tags: sentenceTags })
    }
  }
  return material
}

// CoNLL-2003's Penn Treebank tags, folded into the coarse parts of speech of `extract/statements/pos.ts`.
const COARSE_TAGS: Record<string, string> = {
  NN: 'N',
  NNS: 'N',
  NNP: 'P',
  NNPS: 'P',
  VB: 'V',
  VBP: 'V',
  VBZ: 'V',
  VBD: 'VD',
  VBN: 'VN',
  VBG: 'VG',
  JJ: 'J',
  JJR: 'J',
  JJS: 'J',
  RB: 'R',
  RBR: 'R',
  RBS: 'R',
  RP: 'R',
  IN: 'I',
  DT: 'D',
  PDT: 'D',
  PRP: 'PR',
  PRP$: 'PR',
  EX: 'PR',
  CC: 'C',
  CD: 'NUM',
  TO: 'TO',
  MD: 'M',
  WDT: 'W',
  WP: 'W',
  WP$: 'W',
  WRB: 'W',
  POS: 'S',
}

/**
 * The part-of-speech lexicon: each lower-cased word seen at least twice in CoNLL-2003 train and valid, with its most
 * frequent coarse tag (names left out: capitals tell them), as { tag: "word word …" }, sorted.
 */
function buildPosLexicon(conllDir: string): Record<string, string> {
  const counts = new Map<string, Map<string, number>>()
  for (const file of ['train.txt', 'valid.txt']) {
    for (const line of readFileSync(join(conllDir, file), 'utf8').split('\n')) {
      const [word, tag] = line.split(' ')
      const coarse = COARSE_TAGS[tag ?? '']
      if (!word || !coarse || word === '-DOCSTART-') continue
      const lower = word.toLowerCase()
      if (!/[a-z]/.test(lower)) continue
      const byTag = counts.get(lower) ?? new Map<string, number>()
      byTag.set(coarse, (byTag.get(coarse) ?? 0) + 1)
      counts.set(lower, byTag)
    }
  }
  const words = new Map<string, string[]>()
  for (const [word, byTag] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0
    let best = ''
    let bestCount = 0
    // On a tie, the tag seen first in the corpus wins.
    for (const [tag, count] of byTag) {
      total += count
      if (count > bestCount) {
        best = tag
        bestCount = count
      }
    }
    if (total < 2 || best === 'P') continue
    words.set(best, [...(words.get(best) ?? []), word])
  }
  return Object.fromEntries(
    [...words].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([tag, list]) => [tag, list.join(' ')]),
  )
}

const OPTIONS = [
  '--polnear',
  '--conll',
  '--epochs',
  '--bags',
  '--out',
  '--only',
  '--base',
  '--good-enough',
  '--min-count',
  '--cue-bias',
  '--temperature',
  '--cue-bits',
  '--content-bits',
  '--source-bits',
  '--weight-bits',
  '--first-bag',
]

const USAGE = `usage: train:statements [--polnear DIR] [--conll DIR] [--epochs N] [--bags N] [--out FILE]
  [--only cue|content|source [--base FILE]] [--good-enough X] [--min-count N] [--cue-bias X] [--temperature X]
  [--cue-bits N] [--content-bits N] [--source-bits N] [--weight-bits N] [--first-bag N]
Trains on PolNeAR train and overwrites the shipped model unless --out names another file.`

/** Every flag is a known option followed by its value: a mistyped flag or a bare --help must not start a training run. */
export function argvProblem(argv: readonly string[]): string | undefined {
  for (let k = 0; k < argv.length; k += 2) {
    if (!OPTIONS.includes(argv[k] as string)) return `unknown option ${argv[k]}`
    if (argv[k + 1] === undefined) return `${argv[k]} needs a value`
  }
  return undefined
}

function main(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE)
    return
  }
  const problem = argvProblem(argv)
  if (problem) {
    console.error(`${problem}\n${USAGE}`)
    process.exitCode = 2
    return
  }
  const option = (name: string, fallback: string) => {
    const at = argv.indexOf(name)
    return at >= 0 ? (argv[at + 1] ?? fallback) : fallback
  }
  const dir = option('--polnear', join(here, '../../../../shared/data/polnear/train'))
  const epochs = Number(option('--epochs', '6'))
  const minCount = Number(option('--min-count', '3'))
  const out = option('--out', join(here, '../src/data/statements/statements.model.json'))
  // The part-of-speech lexicon comes first: the features read it. The extractor loaded the shipped one at start-up,
  // so a lexicon that changes is written out and training stops, to be run again on it.
  const lexiconPath = join(here, '../src/data/statements/pos.lexicon.json')
  const lexicon = `${JSON.stringify(buildPosLexicon(option('--conll', join(here, '../../../../shared/data/conll2003'))))}\n`
  // Compared as data: the shipped file is formatted by biome, the one written here is not.
  const shippedLexicon = existsSync(lexiconPath)
    ? JSON.stringify(JSON.parse(readFileSync(lexiconPath, 'utf8')))
    : ''
  if (`${shippedLexicon}\n` !== lexicon) {
    writeFileSync(lexiconPath, lexicon)
    console.log(`wrote ${lexiconPath}; run the training again to train on it`)
    return
  }
  const articles = readPolnear(dir)
  const indexes: Indexes = {
    cue: new FeatureIndex(Number(option('--cue-bits', '18'))),
    content: new FeatureIndex(Number(option('--content-bits', '18'))),
    source: new FeatureIndex(Number(option('--source-bits', '16'))),
  }
  // `--only cue|content|source` trains that part alone and keeps the others from `--base` (the shipped model).
  const only = option('--only', '')
  if (!['', 'cue', 'content', 'source'].includes(only))
    throw new Error(`--only ${only}: expected cue, content or source`)
  // The tagger alone needs no candidate spans.
  const spans = only !== 'cue'
  collectMaterial(articles, indexes, spans)
  for (const index of Object.values(indexes)) index.freeze(minCount)
  const { sentences, contentInstances, sourceInstances, ...counts } = collectMaterial(
    articles,
    indexes,
    spans,
  )
  const cueIndex = indexes.cue
  const contentIndex = indexes.content
  const sourceIndex = indexes.source
  console.log(
    `${articles.length} articles, ${sentences.length} sentences; ${contentInstances.length} content and ${sourceInstances.length} source instances; ` +
      `unreachable content ${counts.unreachableContent}, source ${counts.unreachableSource}, skipped ${counts.skipped}`,
  )
  console.log(
    `features seen at least ${minCount} times: cue ${cueIndex.kept} in ${cueIndex.size} slots, content ${contentIndex.kept} in ${contentIndex.size}, source ${sourceIndex.kept} in ${sourceIndex.size}`,
  )
  // Several models trained on different orders of the same data, averaged: steadier than any one of them.
  const bags = Number(option('--bags', '6'))
  // The bags' shuffles are numbered from `--first-bag` (0): another number gives another draw of the same recipe,
  // to tell a change of recipe from the spread between draws.
  const firstBag = Number(option('--first-bag', '0'))
  const mean = (models: Float64Array[]) => {
    const out = new Float64Array(models[0]?.length ?? 0)
    for (const model of models)
      for (let k = 0; k < out.length; k++) out[k] = (out[k] as number) + (model[k] as number) / models.length
    return out
  }
  const trains = (part: string) => only === '' || only === part
  const base = only
    ? (JSON.parse(
        readFileSync(option('--base', join(here, '../src/data/statements/statements.model.json')), 'utf8'),
      ) as StoredModel)
    : null
  const bits = Number(option('--weight-bits', '8'))
  let cue = base?.cue
  let transitions = base?.transitions
  if (trains('cue')) {
    const taggers = Array.from({ length: bags }, (_, bag) =>
      trainTagger(sentences, cueIndex, epochs, firstBag + bag),
    )
    const tagger = {
      emissions: mean(taggers.map((t) => t.emissions)),
      transitions: mean(taggers.map((t) => t.transitions)),
    }
    // B and I weights over O: only differences between tags matter to the tagger.
    const cueDiff = new Float64Array(cueIndex.size * 2)
    for (let slot = 0; slot < cueIndex.size; slot++) {
      const o = tagger.emissions[slot * 3] as number
      cueDiff[slot * 2] = (tagger.emissions[slot * 3 + 1] as number) - o
      cueDiff[slot * 2 + 1] = (tagger.emissions[slot * 3 + 2] as number) - o
    }
    const table = exportTable(cueDiff, cueIndex.size, 2, bits)
    cue = table
    transitions = Array.from(tagger.transitions, (w) => Math.round(w / table.step) * table.step)
  }
  const goodEnough = Number(option('--good-enough', '0.8'))
  const content = trains('content')
    ? exportTable(
        mean(
          Array.from({ length: bags }, (_, bag) =>
            trainRanker('content', contentInstances, contentIndex, { epochs, goodEnough }, firstBag + bag),
          ),
        ),
        contentIndex.size,
        1,
        bits,
      )
    : base?.content
  const source = trains('source')
    ? exportTable(
        mean(
          Array.from({ length: bags }, (_, bag) =>
            trainRanker('source', sourceInstances, sourceIndex, { epochs, goodEnough: 1.01 }, firstBag + bag),
          ),
        ),
        sourceIndex.size,
        1,
        bits,
      )
    : base?.source
  if (!cue || !transitions || !content || !source)
    throw new Error(`--only ${only}: the base model lacks the parts to keep`)
  const model: StoredModel = {
    version: 2,
    // In the tagger's own units (one perceptron update = 1); tuned on PolNeAR dev for the best content F1.
    cueBias: Number(option('--cue-bias', String(base?.cueBias ?? 25))),
    temperature: Number(option('--temperature', String(base?.temperature ?? 0.3))),
    transitions,
    cue,
    content,
    source,
  }
  const json = JSON.stringify(model)
  writeFileSync(out, `${json}\n`)
  console.log(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KB`)
}

if (import.meta.main) main(process.argv.slice(2))
