import { hashString } from '../statements/feature-hash.ts'

/**
 * Word polarity learned from NewsMTSC train: for a stem, how far the sentiment toward targets near it leans
 * positive (above 0) or negative (below 0), and how far it leans opinionated rather than neutral.
 */
export interface PolarityLexicon {
  /** Stem hash → [polarity, opinion], log-odds shrunk toward 0 for rare stems. */
  scores: Map<number, readonly [number, number]>
}

/** The lexicon as stored: stems and their two scores in hundredths. */
export interface StoredLexicon {
  /** Space-separated stems. */
  stems: string
  /** Polarity of each stem in hundredths, in the order of `stems`. */
  polarity: number[]
  /** Opinion of each stem in hundredths. */
  opinion: number[]
}

/** Turns a stored lexicon into one keyed by stem hash. */
export function loadLexicon(stored: StoredLexicon): PolarityLexicon {
  const scores = new Map<number, readonly [number, number]>()
  stored.stems.split(' ').forEach((stem, k) => {
    if (stem) scores.set(hashString(stem), [(stored.polarity[k] ?? 0) / 100, (stored.opinion[k] ?? 0) / 100])
  })
  return { scores }
}

/** A stem's polarity, 0 for a stem the lexicon does not hold. */
export function polarityOf(lexicon: PolarityLexicon, stemHash: number): number {
  return lexicon.scores.get(stemHash)?.[0] ?? 0
}

/** A stem's opinion score, 0 for a stem the lexicon does not hold. */
export function opinionOf(lexicon: PolarityLexicon, stemHash: number): number {
  return lexicon.scores.get(stemHash)?.[1] ?? 0
}
