import type { WordInfo } from './word-info.ts'

/** How words are cased across a whole document, which tells names ("Austin" always capitalized) from words. */
export interface DocumentStats {
  /** Lower-cased words seen written in lower case somewhere. */
  readonly seenLower: ReadonlySet<string>
  /** Lower-cased words seen capitalized inside a sentence (not first, not in an all-caps line). */
  readonly seenCapitalizedInside: ReadonlySet<string>
  /** Per sentence: whether it is written in capitals (a headline). */
  readonly allCapsSentence: readonly boolean[]
}

/**
 * A document's sentences of described words: a list, or `count` sentences made on demand by `wordsOf`, so that a
 * long text need not hold every sentence's words at once.
 */
export type DescribedSentences =
  | readonly (readonly WordInfo[])[]
  | { readonly count: number; readonly wordsOf: (s: number) => readonly WordInfo[] }

/** The number of sentences and a reader of each, from either form of DescribedSentences. */
export function readSentences(sentences: DescribedSentences): {
  count: number
  wordsOf: (s: number) => readonly WordInfo[]
} {
  if (!Array.isArray(sentences)) return sentences as Exclude<DescribedSentences, readonly unknown[]>
  const list = sentences as readonly (readonly WordInfo[])[]
  return { count: list.length, wordsOf: (s) => list[s] as readonly WordInfo[] }
}

/** Collects the casing of every word of a document given as sentences of described words. */
export function collectDocumentStats(sentences: DescribedSentences): DocumentStats {
  const { count, wordsOf } = readSentences(sentences)
  const seenLower = new Set<string>()
  const seenCapitalizedInside = new Set<string>()
  const allCapsSentence: boolean[] = []
  for (let s = 0; s < count; s++) {
    const words = wordsOf(s)
    const caps = isAllCapsSentence(words)
    allCapsSentence.push(caps)
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as WordInfo
      if (!word.lettered) continue
      if (!word.capitalized) seenLower.add(word.lower)
      else if (i > 0 && !caps && !isAfterOpening(words, i)) seenCapitalizedInside.add(word.lower)
    }
  }
  return { seenLower, seenCapitalizedInside, allCapsSentence }
}

/** A sentence is written in capitals when most of its lettered words (at least three) have no lower case. */
function isAllCapsSentence(words: readonly WordInfo[]): boolean {
  let lettered = 0
  let caps = 0
  for (const word of words) {
    if (!word.lettered) continue
    lettered++
    if (word.allCaps) caps++
  }
  return lettered >= 2 && caps * 4 >= lettered * 3
}

/** Whether the previous token opens a quote or a bracket or ends a clause, after which capitals are common. */
function isAfterOpening(words: readonly WordInfo[], i: number): boolean {
  const previous = (words[i - 1] as WordInfo).lower
  return (
    previous === '"' ||
    previous === "'" ||
    previous === '(' ||
    previous === ':' ||
    previous === '-' ||
    previous === '--'
  )
}
