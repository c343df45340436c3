import { lexemeMemo, lexemeOf } from '../../../parse/lexemes.ts'
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

/**
 * Describes a word, once per distinct text (see `lexemeOf`, bounded, so memory stays flat on any input).
 * @example describeWord('Ryabkov').capitalized // true
 */
export function describeWord(word: string): WordInfo {
  return describeLexeme(lexemeOf(word))
}

/** Describes the word of a lexeme, once per lexeme. */
export const describeLexeme = lexemeMemo(computeWordInfo)

function computeWordInfo(word: string): WordInfo {
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
  return info
}
