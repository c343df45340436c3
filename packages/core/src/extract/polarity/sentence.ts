import { boundedMemo } from '../../parse/bounded-memo.ts'
import { normalizeView } from '../../parse/normalize.ts'
import { tokenize } from '../../parse/tokenize.ts'
import type { Span } from '../../schemas/span.ts'
import { hashString } from '../statements/feature-hash.ts'
import { stemWord } from '../statements/stem.ts'

/** A sentence read for polarity: its tokens, their stems and the token range of the target. */
export interface TargetedSentence extends SentenceTokens {
  /** First token of the target. */
  first: number
  /** One past the last token of the target; equal to `first` when the target covers no whole token. */
  end: number
}

/** The tokens of a sentence as polarity reads them, whatever the target. */
interface SentenceTokens {
  /** Token texts as written. */
  readonly texts: readonly string[]
  /** Lower-cased token texts, digits folded to 0. */
  readonly lower: readonly string[]
  /** Stems of the lower-cased tokens ("accused" → "accus"). */
  readonly stems: readonly string[]
  /** Hashes of the stems, the values of the hashed features. */
  readonly hashes: readonly number[]
  /** Whether a token is punctuation (no letter or digit). */
  readonly punctuation: readonly boolean[]
  /** Token offsets in the sentence, for evidence. */
  readonly spans: readonly Span[]
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Tokenizes a sentence (curly quotes read as straight ones, offsets unchanged) and finds the tokens of the target.
 * @example readSentence('Critics slammed Trump.', { start: 16, end: 21 }).first // 2
 */
export function readSentence(sentence: string, target: Span): TargetedSentence {
  const read = tokensOf(sentence)
  const { spans } = read
  let first = spans.findIndex((span) => span.end > target.start)
  if (first < 0) first = spans.length
  let end = first
  while (end < spans.length && (spans[end]?.start ?? 0) < target.end) end++
  return { ...read, first, end }
}

// The sentences read last: a statement's stance asks about the same stretches of text for each actor it names, and
// its evidence again. A few, so that memory stays flat.
const MOST_RECENT = 16
const tokensOf = boundedMemo(MOST_RECENT, readTokens)

function readTokens(sentence: string): SentenceTokens {
  const tokens = tokenize(normalizeView(sentence))
  const lower = tokens.map((token) => token.text.toLowerCase().replace(/\d/g, '0'))
  const stems = lower.map(stemWord)
  return {
    texts: tokens.map((token) => token.text),
    lower,
    stems,
    hashes: stems.map(hashString),
    punctuation: lower.map((word) => !LETTER_OR_DIGIT.test(word)),
    spans: tokens.map((token) => ({ start: token.start, end: token.end })),
  }
}
