import { normalizeView } from '../../parse/normalize.ts'
import { tokenize } from '../../parse/tokenize.ts'
import type { Span } from '../../schemas/span.ts'
import { hashString } from '../statements/feature-hash.ts'
import { stemWord } from '../statements/stem.ts'

/** A sentence read for polarity: its tokens, their stems and the token range of the target. */
export interface TargetedSentence {
  /** Token texts as written. */
  texts: string[]
  /** Lower-cased token texts, digits folded to 0. */
  lower: string[]
  /** Stems of the lower-cased tokens ("accused" → "accus"). */
  stems: string[]
  /** Hashes of the stems, the values of the hashed features. */
  hashes: number[]
  /** Whether a token is punctuation (no letter or digit). */
  punctuation: boolean[]
  /** Token offsets in the sentence, for evidence. */
  spans: Span[]
  /** First token of the target. */
  first: number
  /** One past the last token of the target; equal to `first` when the target covers no whole token. */
  end: number
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Tokenizes a sentence (curly quotes read as straight ones, offsets unchanged) and finds the tokens of the target.
 * @example readSentence('Critics slammed Trump.', { start: 16, end: 21 }).first // 2
 */
export function readSentence(sentence: string, target: Span): TargetedSentence {
  const tokens = tokenize(normalizeView(sentence))
  const lower = tokens.map((token) => token.text.toLowerCase().replace(/\d/g, '0'))
  const stems = lower.map(stemWord)
  let first = tokens.findIndex((token) => token.end > target.start)
  if (first < 0) first = tokens.length
  let end = first
  while (end < tokens.length && (tokens[end]?.start ?? 0) < target.end) end++
  return {
    texts: tokens.map((token) => token.text),
    lower,
    stems,
    hashes: stems.map(hashString),
    punctuation: lower.map((word) => !LETTER_OR_DIGIT.test(word)),
    spans: tokens.map((token) => ({ start: token.start, end: token.end })),
    first,
    end,
  }
}
