import { hashString, mixHash } from './hash.ts'
import { isAllCaps, isCapitalized, shapeOf, shortShapeOf } from './word-shape.ts'

/** What the tagger knows about a word out of context: hashes of its forms and its casing. */
export interface WordInfo {
  readonly lower: string
  readonly wordHash: number
  readonly lowerHash: number
  readonly shapeHash: number
  readonly shortShapeHash: number
  /** Feature hashes of its prefixes and suffixes. */
  readonly affixes: readonly number[]
  readonly capitalized: boolean
  readonly allCaps: boolean
  /** Whether it has any letter at all. */
  readonly lettered: boolean
  /** The summed weights of its own features under the last model that tagged it (filled by the tagger). */
  readonly scores: { model: object | null; values: Float32Array | null }
}

const PREFIX = hashString('prefix')
const SUFFIX = hashString('suffix')
const CACHE_LIMIT = 200_000
const cache = new Map<string, WordInfo>()

/** Describes a word, remembering the answer (the cache is bounded, so memory stays flat on any input). */
export function describeWord(word: string): WordInfo {
  const known = cache.get(word)
  if (known) return known
  if (cache.size >= CACHE_LIMIT) cache.clear()
  const lower = word.toLowerCase()
  const affixes: number[] = []
  const max = Math.min(4, lower.length)
  for (let n = 1; n <= max; n++) {
    affixes.push(mixHash(PREFIX + n, hashString(lower.slice(0, n))))
    affixes.push(mixHash(SUFFIX + n, hashString(lower.slice(-n))))
  }
  const info: WordInfo = {
    lower,
    wordHash: hashString(word),
    lowerHash: hashString(lower),
    shapeHash: hashString(shapeOf(word)),
    shortShapeHash: hashString(shortShapeOf(word)),
    affixes,
    capitalized: isCapitalized(word),
    allCaps: isAllCaps(word),
    lettered: lower !== word.toUpperCase() || /\p{L}/u.test(word),
    scores: { model: null, values: null },
  }
  cache.set(word, info)
  return info
}
