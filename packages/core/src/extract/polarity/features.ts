import {
  countBucket,
  feature0,
  feature1,
  feature2,
  feature3,
  hashString,
  SMALL,
  templates,
} from '../statements/feature-hash.ts'
import { opinionOf, type PolarityLexicon, polarityOf } from './lexicon.ts'
import type { TargetedSentence } from './sentence.ts'
import type { TargetContext } from './target-context.ts'

const T = templates('polarity', [
  'bias',
  'bag',
  'bagBigram',
  'side',
  'window',
  'negated',
  'clause',
  'targetLength',
  'targetWord',
  'position',
  'relative',
  'inQuote',
  'quotes',
  'after',
  'before',
  'lexicon',
  'nearest',
  'role',
  'anchored',
] as const)

const LEFT = hashString('left')
const RIGHT = hashString('right')
const QUOTES = new Set(['"', "'", '``', "''"])
const CLAUSE_ENDS = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '"',
  '--',
  '-',
  'but',
  'while',
  'although',
  'though',
  'whereas',
  'because',
  'who',
  'which',
])
// Words of a target that say what kind of mention it is, not who it is.
const KIND_WORDS = new Set([
  'he',
  'she',
  'him',
  'her',
  'his',
  'they',
  'them',
  'their',
  'i',
  'we',
  'you',
  'president',
  'sen.',
  'senator',
  'rep.',
  'gov.',
  'governor',
  'mr.',
  'ms.',
  'mrs.',
  'dr.',
  'the',
  'former',
  'secretary',
  'attorney',
  'general',
  'speaker',
  'leader',
  'house',
  'democrat',
  'democrats',
  'republican',
  'republicans',
  'gop',
  'administration',
  "'s",
])

/** A token's distance from the target as one of six buckets: 1, 2, 3, 4–6, 7–12, 13 and more. */
function distanceBucket(distance: number): number {
  const bucket = distance <= 3 ? distance : distance <= 6 ? 4 : distance <= 12 ? 5 : 6
  return SMALL[bucket] as number
}

/** A signed score as a small hashed bucket: strongly negative … strongly positive. */
function scoreBucket(score: number): number {
  const bucket =
    score < -1.5
      ? 0
      : score < -0.5
        ? 1
        : score < -0.15
          ? 2
          : score <= 0.15
            ? 3
            : score <= 0.5
              ? 4
              : score <= 1.5
                ? 5
                : 6
  return SMALL[bucket] as number
}

/** The first and one-past-last token of the target's clause: between clause punctuation or contrasting words. */
function clauseAround(sentence: TargetedSentence): [number, number] {
  let from = sentence.first
  while (from > 0 && !CLAUSE_ENDS.has(sentence.lower[from - 1] as string)) from--
  let to = sentence.end
  while (to < sentence.lower.length && !CLAUSE_ENDS.has(sentence.lower[to] as string)) to++
  return [from, to]
}

/** Sums of lexicon polarity (negation turning it around) and opinion over a token range, and counts of strong words. */
function lexiconSums(
  sentence: TargetedSentence,
  lexicon: PolarityLexicon,
  negated: Uint8Array,
  from: number,
  to: number,
): [number, number, number, number] {
  let polarity = 0
  let opinion = 0
  let negative = 0
  let positive = 0
  for (let k = Math.max(0, from); k < Math.min(to, sentence.hashes.length); k++) {
    if (k >= sentence.first && k < sentence.end) continue
    const hash = sentence.hashes[k] as number
    const p = negated[k] ? -polarityOf(lexicon, hash) : polarityOf(lexicon, hash)
    polarity += p
    opinion += opinionOf(lexicon, hash)
    if (p < -0.7) negative++
    if (p > 0.7) positive++
  }
  return [polarity, opinion, negative, positive]
}

/**
 * The hashed features of a sentence toward its target: the words of the sentence, the words on each side of the
 * target by distance, bigrams near it, negated words, the words of its clause, where the target stands, and sums
 * of learned word polarity around it.
 * @example polarityFeatures(read, readTargetContext(read), lexicon).length // > 0
 */
export function polarityFeatures(
  sentence: TargetedSentence,
  context: TargetContext,
  lexicon: PolarityLexicon,
): number[] {
  const { hashes, lower, punctuation, first, end } = sentence
  const n = hashes.length
  const { negated, roles } = context
  const [clauseFrom, clauseTo] = clauseAround(sentence)
  const features: number[] = [feature0(T.bias)]
  for (let k = 0; k < n; k++) {
    if (k >= first && k < end) continue
    const hash = hashes[k] as number
    const side = k < first ? LEFT : RIGHT
    const distance = k < first ? first - k : k - end + 1
    features.push(feature1(T.bag, hash))
    if (k + 1 < n && (k + 1 < first || k >= end))
      features.push(feature2(T.bagBigram, hash, hashes[k + 1] as number))
    if (punctuation[k] && !QUOTES.has(lower[k] as string)) continue
    features.push(feature2(T.side, side, hash))
    features.push(feature3(T.window, side, distanceBucket(distance), hash))
    if (negated[k]) features.push(feature2(T.negated, side, hash))
    if (k >= clauseFrom && k < clauseTo) features.push(feature1(T.clause, hash))
  }
  for (let k = first; k < end; k++) {
    if (KIND_WORDS.has(lower[k] as string)) features.push(feature1(T.targetWord, hashes[k] as number))
  }
  // N-grams that run into the target, the target itself as one slot: "slammed <T> for", "<T> 's lies".
  const at = (k: number) => (k >= 0 && k < n ? (hashes[k] as number) : (SMALL[63] as number))
  features.push(feature2(T.anchored, (SMALL[0] as number) ^ at(first - 2), at(first - 1)))
  features.push(feature2(T.anchored, (SMALL[1] as number) ^ at(end), at(end + 1)))
  features.push(feature3(T.anchored, SMALL[2] as number, at(first - 1), at(end)))
  features.push(feature1(T.targetLength, countBucket(end - first)))
  features.push(feature1(T.position, countBucket(first)))
  features.push(feature1(T.relative, SMALL[Math.floor((4 * first) / Math.max(1, n))] as number))
  let quotesBefore = 0
  let quotes = 0
  for (let k = 0; k < n; k++) {
    if (!QUOTES.has(lower[k] as string)) continue
    quotes++
    if (k < first) quotesBefore++
  }
  features.push(feature2(T.inQuote, SMALL[quotesBefore % 2] as number, SMALL[Math.min(quotes, 4)] as number))
  features.push(feature1(T.quotes, SMALL[Math.min(quotes, 4)] as number))
  features.push(feature1(T.after, end < n ? (hashes[end] as number) : (SMALL[63] as number)))
  features.push(feature1(T.before, first > 0 ? (hashes[first - 1] as number) : (SMALL[63] as number)))
  const ranges: [number, number, number][] = [
    [0, first - 5, first],
    [1, end, end + 5],
    [2, clauseFrom, clauseTo],
    [3, 0, n],
  ]
  for (const [name, from, to] of ranges) {
    const [polarity, opinion, negative, positive] = lexiconSums(sentence, lexicon, negated, from, to)
    const key = SMALL[name] as number
    features.push(feature2(T.lexicon, key, scoreBucket(polarity)))
    features.push(feature3(T.lexicon, key, SMALL[10] as number, scoreBucket(opinion)))
    features.push(
      feature3(
        T.lexicon,
        key,
        SMALL[11] as number,
        SMALL[Math.min(negative, 3) * 4 + Math.min(positive, 3)] as number,
      ),
    )
  }
  for (const side of [LEFT, RIGHT]) {
    const step = side === LEFT ? -1 : 1
    for (let k = side === LEFT ? first - 1 : end, d = 1; k >= 0 && k < n; k += step, d++) {
      const hash = hashes[k] as number
      const p = negated[k] ? -polarityOf(lexicon, hash) : polarityOf(lexicon, hash)
      if (Math.abs(p) < 0.7) continue
      features.push(feature3(T.nearest, side, distanceBucket(d), SMALL[p < 0 ? 0 : 1] as number))
      break
    }
  }
  const roleList: [number, number][] = [
    [0, roles.predicate],
    [1, roles.possessed],
    [2, roles.governor],
  ]
  for (const [name, k] of roleList) {
    const key = SMALL[name] as number
    if (k < 0) {
      features.push(feature1(T.role, key))
      continue
    }
    const hash = hashes[k] as number
    const flip = negated[k] ? 1 : 0
    features.push(feature3(T.role, key, SMALL[flip] as number, hash))
    const p = flip ? -polarityOf(lexicon, hash) : polarityOf(lexicon, hash)
    features.push(feature3(T.role, key, SMALL[20] as number, scoreBucket(p)))
    if (name === 2 && roles.preposition >= 0) {
      features.push(feature3(T.role, key, hashes[roles.preposition] as number, hash))
    }
  }
  return features
}
