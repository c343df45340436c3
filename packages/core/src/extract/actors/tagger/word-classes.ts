/**
 * Word classes learned from unlabeled text (scripts/build-word-clusters.ts): words used in the same slots share a
 * fine class, and fine classes group into coarse ones, like two prefix lengths of a Brown-cluster bit string.
 */
export interface WordClasses {
  /** Per fine class: its coarse class. */
  readonly coarse: readonly number[]
  /** Per fine class: its words, space-separated, exactly as written. */
  readonly words: readonly string[]
}

/** A word's classes (fine, coarse) by its exact text. */
export type WordClassIndex = ReadonlyMap<string, readonly [fine: number, coarse: number]>

/**
 * Indexes word classes by word.
 * @example indexWordClasses({ coarse: [0, 0], words: ['Paris Rome', 'said'] }).get('Rome') // [0, 0]
 */
export function indexWordClasses(classes: WordClasses): WordClassIndex {
  const index = new Map<string, readonly [number, number]>()
  classes.words.forEach((words, fine) => {
    const pair = [fine, classes.coarse[fine] ?? 0] as const
    for (const word of words.split(' ')) if (word) index.set(word, pair)
  })
  return index
}
