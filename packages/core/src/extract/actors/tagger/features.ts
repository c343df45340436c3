import type { DocumentStats } from './document-stats.ts'
import type { FeatureSink } from './feature-buffer.ts'
import { hashString, mixHash, mixWith, prepareMix } from './hash.ts'
import type { WordInfo } from './word-info.ts'

const T = (name: string): number => hashString(name)
// Templates that features mix a value into, prepared once (see prepareMix).
const M = (name: string): number => prepareMix(hashString(name))
const BIAS = T('bias')
const WORD = M('w')
const LOWER = M('l')
const SHAPE = M('s')
const SHORT = M('ss')
const PREV_LOWER = M('l-1')
const NEXT_LOWER = M('l+1')
const PREV2_LOWER = M('l-2')
const NEXT2_LOWER = M('l+2')
const PREV_SHAPE = M('s-1')
const NEXT_SHAPE = M('s+1')
const PREV_BIGRAM = M('l-1l')
const NEXT_BIGRAM = M('ll+1')
const SHAPES3 = M('ss-1ss+1')
const FIRST_SHAPE = M('first s')
const FIRST_LOWER = M('first l')
const PREV_LOWER_SHAPE = M('l-1 s')
const GAZ = M('gaz')
const GAZ_PREV = M('gaz-1')
const GAZ_NEXT = M('gaz+1')
// By where the word stands: inside a sentence, first in it, in a line of capitals.
const DOC_LOWER = [0, 1, 2].map((where) => prepareMix(hashString('doc lower') + where))
const DOC_CAP = [0, 1, 2].map((where) => prepareMix(hashString('doc cap') + where))
const CAPS_LINE = M('caps line s')
const SHORT_LINE = M('short line s')
const PREV_GLOVE = M('glove-1')
const NEXT_GLOVE = M('glove+1')
const NEXT_GLOVE_SHAPE = M('s glove+1')
const HISTORY = M('history')
const BOUNDARY = T('<boundary>')

/** One sentence as the feature extractor sees it. */
export interface SentenceView {
  readonly words: readonly WordInfo[]
  /** Gazetteer matches per token (category hashes, low bit = inside a match). */
  readonly gazetteer: readonly (readonly number[])[]
  /** Whether the sentence is written in capitals. */
  readonly allCaps: boolean
}

/** Appends the features of a word on its own: itself, lower-cased, its shapes, prefixes and suffixes. */
export function pushWordFeatures(w: WordInfo, out: FeatureSink): void {
  out.push(BIAS)
  out.push(mixWith(WORD, w.wordHash))
  out.push(mixWith(LOWER, w.lowerHash))
  out.push(mixWith(SHAPE, w.shapeHash))
  out.push(mixWith(SHORT, w.shortShapeHash))
  for (const affix of w.affixes) out.push(affix)
}

/**
 * Appends the features of token i in context that do not depend on earlier predictions: two words either
 * side, gazetteer matches and how the word is cased elsewhere in the document.
 */
export function pushContextFeatures(
  sentence: SentenceView,
  i: number,
  doc: DocumentStats,
  out: FeatureSink,
): void {
  const { words } = sentence
  const w = words[i] as WordInfo
  const p1 = words[i - 1]
  const p2 = words[i - 2]
  const n1 = words[i + 1]
  const n2 = words[i + 2]
  const p1Lower = p1 ? p1.lowerHash : BOUNDARY
  const n1Lower = n1 ? n1.lowerHash : BOUNDARY
  const p1Short = p1 ? p1.shortShapeHash : BOUNDARY
  const n1Short = n1 ? n1.shortShapeHash : BOUNDARY
  out.push(mixWith(PREV_LOWER, p1Lower))
  out.push(mixWith(NEXT_LOWER, n1Lower))
  out.push(mixWith(PREV2_LOWER, p2 ? p2.lowerHash : BOUNDARY))
  out.push(mixWith(NEXT2_LOWER, n2 ? n2.lowerHash : BOUNDARY))
  out.push(mixWith(PREV_SHAPE, p1 ? p1.shapeHash : BOUNDARY))
  out.push(mixWith(NEXT_SHAPE, n1 ? n1.shapeHash : BOUNDARY))
  out.push(mixHash(mixWith(PREV_BIGRAM, p1Lower), w.lowerHash))
  out.push(mixHash(mixWith(NEXT_BIGRAM, w.lowerHash), n1Lower))
  out.push(mixHash(mixHash(mixWith(SHAPES3, p1Short), w.shortShapeHash), n1Short))
  out.push(mixHash(mixWith(PREV_LOWER_SHAPE, p1Lower), w.shortShapeHash))
  const p1Glove = p1 ? p1.gloveCoarse : -2
  const n1Glove = n1 ? n1.gloveCoarse : -2
  out.push(mixWith(PREV_GLOVE, p1Glove))
  out.push(mixWith(NEXT_GLOVE, n1Glove))
  out.push(mixHash(mixWith(NEXT_GLOVE_SHAPE, w.shortShapeHash), n1Glove))
  if (i === 0) {
    out.push(mixWith(FIRST_SHAPE, w.shapeHash))
    out.push(mixWith(FIRST_LOWER, w.lowerHash))
  }
  if (sentence.allCaps) out.push(mixWith(CAPS_LINE, w.shortShapeHash))
  if (words.length <= 3) out.push(mixWith(SHORT_LINE, w.shortShapeHash))
  pushMatches(GAZ, sentence.gazetteer[i] as readonly number[], out)
  if (i > 0) pushMatches(GAZ_PREV, sentence.gazetteer[i - 1] as readonly number[], out)
  if (n1) pushMatches(GAZ_NEXT, sentence.gazetteer[i + 1] as readonly number[], out)
  if (w.capitalized && w.lettered) {
    const where = sentence.allCaps ? 2 : i === 0 ? 1 : 0
    out.push(mixWith(DOC_LOWER[where] as number, doc.seenLower.has(w.lower) ? 1 : 0))
    out.push(mixWith(DOC_CAP[where] as number, doc.seenCapitalizedInside.has(w.lower) ? 1 : 0))
  }
}

/** Appends a template's feature for each gazetteer match, by index: a `for…of` here made an iterator per token. */
function pushMatches(template: number, matches: readonly number[], out: FeatureSink): void {
  for (let k = 0; k < matches.length; k++) out.push(mixWith(template, matches[k] as number))
}

/** The feature for what the tagger said about the same word earlier in the document (type index, or 0 for O). */
export function historyFeature(previousType: number): number {
  return mixWith(HISTORY, previousType)
}
