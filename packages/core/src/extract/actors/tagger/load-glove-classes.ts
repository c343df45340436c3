import classes from '../../../data/actors/glove-classes.json' with { type: 'json' }
import { indexWordClasses, type WordClassIndex } from './word-classes.ts'

let index: WordClassIndex | null = null

/**
 * The shipped classes of GloVe word vectors (built by scripts/build-glove-classes.ts), keyed by lower-cased word,
 * indexed once on first use.
 */
export function loadGloveClasses(): WordClassIndex {
  index ??= indexWordClasses(classes)
  return index
}
