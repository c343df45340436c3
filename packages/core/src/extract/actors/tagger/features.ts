import type { DocumentStats } from './document-stats.ts'
import type { FeatureSink } from './feature-buffer.ts'
import { hashString, mixHash } from './hash.ts'
import type { WordInfo } from './word-info.ts'

const T = (name: string): number => hashString(name)
const BIAS = T('bias')
const WORD = T('w')
const LOWER = T('l')
const SHAPE = T('s')
const SHORT = T('ss')
const PREV_LOWER = T('l-1')
const NEXT_LOWER = T('l+1')
const PREV2_LOWER = T('l-2')
const NEXT2_LOWER = T('l+2')
const PREV_SHAPE = T('s-1')
const NEXT_SHAPE = T('s+1')
const PREV_BIGRAM = T('l-1l')
const NEXT_BIGRAM = T('ll+1')
const SHAPES3 = T('ss-1ss+1')
const FIRST_SHAPE = T('first s')
const FIRST_LOWER = T('first l')
const PREV_LOWER_SHAPE = T('l-1 s')
const GAZ = T('gaz')
const GAZ_PREV = T('gaz-1')
const GAZ_NEXT = T('gaz+1')
const DOC_LOWER = T('doc lower')
const DOC_CAP = T('doc cap')
const CAPS_LINE = T('caps line s')
const SHORT_LINE = T('short line s')
const HISTORY = T('history')
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
  out.push(mixHash(WORD, w.wordHash))
  out.push(mixHash(LOWER, w.lowerHash))
  out.push(mixHash(SHAPE, w.shapeHash))
  out.push(mixHash(SHORT, w.shortShapeHash))
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
  out.push(mixHash(PREV_LOWER, p1Lower))
  out.push(mixHash(NEXT_LOWER, n1Lower))
  out.push(mixHash(PREV2_LOWER, p2 ? p2.lowerHash : BOUNDARY))
  out.push(mixHash(NEXT2_LOWER, n2 ? n2.lowerHash : BOUNDARY))
  out.push(mixHash(PREV_SHAPE, p1 ? p1.shapeHash : BOUNDARY))
  out.push(mixHash(NEXT_SHAPE, n1 ? n1.shapeHash : BOUNDARY))
  out.push(mixHash(mixHash(PREV_BIGRAM, p1Lower), w.lowerHash))
  out.push(mixHash(mixHash(NEXT_BIGRAM, w.lowerHash), n1Lower))
  out.push(mixHash(mixHash(mixHash(SHAPES3, p1Short), w.shortShapeHash), n1Short))
  out.push(mixHash(mixHash(PREV_LOWER_SHAPE, p1Lower), w.shortShapeHash))
  if (i === 0) {
    out.push(mixHash(FIRST_SHAPE, w.shapeHash))
    out.push(mixHash(FIRST_LOWER, w.lowerHash))
  }
  if (sentence.allCaps) out.push(mixHash(CAPS_LINE, w.shortShapeHash))
  if (words.length <= 3) out.push(mixHash(SHORT_LINE, w.shortShapeHash))
  for (const g of sentence.gazetteer[i] as readonly number[]) out.push(mixHash(GAZ, g))
  if (i > 0) for (const g of sentence.gazetteer[i - 1] as readonly number[]) out.push(mixHash(GAZ_PREV, g))
  if (n1) for (const g of sentence.gazetteer[i + 1] as readonly number[]) out.push(mixHash(GAZ_NEXT, g))
  if (w.capitalized && w.lettered) {
    const where = sentence.allCaps ? 2 : i === 0 ? 1 : 0
    out.push(mixHash(DOC_LOWER + where, doc.seenLower.has(w.lower) ? 1 : 0))
    out.push(mixHash(DOC_CAP + where, doc.seenCapitalizedInside.has(w.lower) ? 1 : 0))
  }
}

/** The feature for what the tagger said about the same word earlier in the document (type index, or 0 for O). */
export function historyFeature(previousType: number): number {
  return mixHash(HISTORY, previousType)
}
