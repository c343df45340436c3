import { opinionOf, type PolarityLexicon, polarityOf } from './lexicon.ts'
import type { TargetedSentence } from './sentence.ts'
import type { TargetContext } from './target-context.ts'
import { type Valence, valenceOf } from './valence.ts'
import { addWordVector, type WordVectors } from './word-vectors.ts'

/** How many words on each side of the target the window vectors average. */
const WINDOW = 5
/** Word vectors averaged per sentence: left, right, clause, sentence, governor, predicate, possessed, target, negated. */
const VECTOR_GROUPS = 9
/** Valence sums and counts after the vectors. */
const VALENCE_FEATURES = 12
/** Sums of learned word polarity and opinion after the valence. */
const LEXICON_FEATURES = 9
/** Where valence is scaled to about ±1. */
const VALENCE_SCALE = 4

const CLAUSE_ENDS = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '"',
  '--',
  'but',
  'while',
  'although',
  'though',
  'whereas',
])

/** How many dense features `denseFeatures` returns with vectors of `dims` components. */
export function denseSize(dims: number): number {
  return VECTOR_GROUPS * dims + VALENCE_FEATURES + LEXICON_FEATURES
}

/**
 * The dense features of a sentence toward its target: averaged word vectors of the words on each side, of its
 * clause and sentence, of the words governing or governed by it and of the target itself, then sums of outside
 * valence near it (a negated word counting against), so that words the training data never saw still count, and
 * the same sums of the learned lexicon's polarity and opinion.
 * @example denseFeatures(read, readTargetContext(read), vectors, valence, lexicon).length // denseSize(vectors.dims)
 */
export function denseFeatures(
  sentence: TargetedSentence,
  context: TargetContext,
  vectors: WordVectors,
  valence: Valence,
  lexicon: PolarityLexicon,
): Float64Array {
  const { lower, punctuation, first, end } = sentence
  const n = lower.length
  const dims = vectors.dims
  const out = new Float64Array(denseSize(dims))
  const { negated, roles } = context
  let clauseFrom = first
  while (clauseFrom > 0 && !CLAUSE_ENDS.has(lower[clauseFrom - 1] as string)) clauseFrom--
  let clauseTo = end
  while (clauseTo < n && !CLAUSE_ENDS.has(lower[clauseTo] as string)) clauseTo++
  const totals = new Float64Array(VECTOR_GROUPS)
  const add = (group: number, k: number, weight: number) => {
    if (k < 0 || k >= n || punctuation[k]) return
    if (addWordVector(vectors, lower[k] as string, weight, out, group * dims))
      totals[group] = (totals[group] as number) + weight
  }
  const v = VECTOR_GROUPS * dims
  const addValence = (slot: number, value: number) => {
    out[v + slot] = (out[v + slot] as number) + value
  }
  const learned = (k: number) => {
    const p = polarityOf(lexicon, sentence.hashes[k] as number)
    return negated[k] ? -p : p
  }
  for (let k = 0; k < n; k++) {
    if (k >= first && k < end) {
      add(7, k, 1)
      continue
    }
    const distance = k < first ? first - k : k - end + 1
    const raw = valenceOf(valence, lower[k] as string) / VALENCE_SCALE
    const value = negated[k] ? -raw : raw
    const polarity = punctuation[k] ? 0 : learned(k)
    const opinion = punctuation[k] ? 0 : opinionOf(lexicon, sentence.hashes[k] as number)
    if (distance <= WINDOW) {
      add(k < first ? 0 : 1, k, 1 / distance)
      addValence(k < first ? 0 : 1, value / distance)
      addValence(VALENCE_FEATURES + (k < first ? 0 : 1), polarity / distance)
    }
    const inClause = k >= clauseFrom && k < clauseTo
    if (inClause) {
      add(2, k, 1)
      addValence(2, value)
      if (value < -0.3) addValence(3, 1)
      if (value > 0.3) addValence(4, 1)
      addValence(VALENCE_FEATURES + 2, polarity)
      addValence(VALENCE_FEATURES + 3, opinion)
    }
    add(3, k, 1)
    addValence(5, value)
    addValence(VALENCE_FEATURES + 4, polarity / 4)
    addValence(VALENCE_FEATURES + 5, opinion / 4)
    if (negated[k]) {
      add(8, k, 1)
      if (inClause) addValence(6, 1)
    }
  }
  const roleList = [roles.governor, roles.predicate, roles.possessed]
  roleList.forEach((k, r) => {
    add(4 + r, k, 1)
    if (k < 0) return
    const raw = valenceOf(valence, lower[k] as string) / VALENCE_SCALE
    addValence(7 + r, negated[k] ? -raw : raw)
    addValence(VALENCE_FEATURES + 6 + r, learned(k))
  })
  if (roles.preposition >= 0) addValence(10, 1)
  addValence(11, Math.min(n, 60) / 30)
  for (let group = 0; group < VECTOR_GROUPS; group++) {
    const total = totals[group] as number
    if (total <= 0) continue
    for (let d = 0; d < dims; d++) out[group * dims + d] = (out[group * dims + d] as number) / total
  }
  return out
}
