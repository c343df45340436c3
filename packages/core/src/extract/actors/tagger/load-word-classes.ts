import classes from '../../../data/actors/word-classes.json' with { type: 'json' }
import { indexWordClasses, type WordClassIndex } from './word-classes.ts'

let index: WordClassIndex | null = null

/** The shipped word classes (built by scripts/build-word-clusters.ts), indexed once on first use. */
export function loadWordClasses(): WordClassIndex {
  index ??= indexWordClasses(classes)
  return index
}
