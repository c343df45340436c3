import { typeOfTag } from './tags.ts'
import type { WordInfo } from './word-info.ts'

/** What the tagger said about each capitalized word earlier in a document: counts per type (0 = O). */
export type PredictionHistory = Map<string, Int32Array>

/** The type most often given to a capitalized word earlier in the document (0 for O), or -1 if unseen. */
export function recallType(history: PredictionHistory, word: WordInfo): number {
  if (!word.capitalized || !word.lettered) return -1
  const counts = history.get(word.lower)
  if (!counts) return -1
  let best = 0
  for (let t = 1; t < counts.length; t++) if ((counts[t] as number) > (counts[best] as number)) best = t
  return best
}

/** Records the tags given to the capitalized words of one sentence (their tags from `tags[offset]` on). */
export function rememberTags(
  history: PredictionHistory,
  words: readonly WordInfo[],
  tags: ArrayLike<number>,
  offset = 0,
): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as WordInfo
    if (!word.capitalized || !word.lettered) continue
    let counts = history.get(word.lower)
    if (!counts) {
      counts = new Int32Array(5)
      history.set(word.lower, counts)
    }
    const type = typeOfTag(tags[offset + i] as number)
    counts[type] = (counts[type] as number) + 1
  }
}
