import type { Span } from '../../schemas/span.ts'
import { polarityOf } from './lexicon.ts'
import { type PolarityModel, shippedPolarityModel } from './model.ts'
import { isNegator, negationScope } from './negation.ts'
import { readSentence } from './sentence.ts'

/** How far from the target (in tokens) a word may carry its polarity. */
const REACH = 10
/** The least learned polarity (log-odds) a word needs to count as evidence. */
const STRONG = 0.6

/** A word's polarity by its lower-cased form: below 0 negative, above 0 positive, 0 neither. */
export type WordPolarity = (lower: string, stemHash: number) => number

/**
 * The word of a sentence that most carries its polarity toward a target: the nearest strongly negative (or
 * positive) word within a few words of the target, with its negator when negated ("not delivered"); null when no
 * word is strong enough. Words are weighed by the learned lexicon, or by `wordPolarity` when given (a word list
 * the caller trusts, whose signs count as strong). Offsets are into `sentence`.
 * @example polarityEvidence('Critics slammed Smith.', { start: 16, end: 21 }, 'negative') // { start: 8, end: 15 }
 */
export function polarityEvidence(
  sentence: string,
  target: Span,
  direction: 'negative' | 'positive',
  wordPolarity?: WordPolarity,
  model: PolarityModel = shippedPolarityModel(),
): Span | null {
  const read = readSentence(sentence, target)
  const negated = negationScope(read.lower)
  const sign = direction === 'negative' ? -1 : 1
  let best = -1
  let bestWeight = 0
  // Distances count words only: quotes and commas around a judging word ("characterised by "lost trust and
  // failure"") do not take it out of reach.
  const words = [0]
  for (const punctuation of read.punctuation) words.push((words.at(-1) as number) + (punctuation ? 0 : 1))
  const wordsBefore = (k: number) => words[k] as number
  for (let k = 0; k < read.lower.length; k++) {
    if ((k >= read.first && k < read.end) || read.punctuation[k]) continue
    const distance =
      k < read.first ? wordsBefore(read.first) - wordsBefore(k) : wordsBefore(k + 1) - wordsBefore(read.end)
    if (distance > REACH) continue
    const hash = read.hashes[k] as number
    const word = wordPolarity ? wordPolarity(read.lower[k] as string, hash) : polarityOf(model.lexicon, hash)
    // A negation opened before the target is about the target's verb, not the word after it: "don't let Y wreck
    // it" does not praise Y, nor does "not that Y lied"; such a word tells neither side.
    if (negated[k] && k >= read.end && negatorBefore(read.lower, k) < read.first) continue
    const polarity = word * (negated[k] ? -1 : 1)
    if (polarity * sign < STRONG) continue
    const weight = (polarity * sign) / (1 + distance / 6)
    if (weight > bestWeight) {
      best = k
      bestWeight = weight
    }
  }
  if (best < 0) return null
  const start = negated[best] ? negatorBefore(read.lower, best) : best
  return { start: (read.spans[start] as Span).start, end: (read.spans[best] as Span).end }
}

/** The index of the negator nearest before a negated word k (0 when none stands before it). */
function negatorBefore(lower: readonly string[], k: number): number {
  let at = k
  while (at > 0 && !isNegator(lower[at] as string)) at--
  return at
}
