import { lexemeMemo, lexemeOf } from '../../../parse/lexemes.ts'
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts'
import { hashString, mixHash } from './hash.ts'
import { loadGloveClasses } from './load-glove-classes.ts'
import { loadWordClasses } from './load-word-classes.ts'
import { isAllCaps, isCapitalized, shapeOf, shortShapeOf } from './word-shape.ts'

/** What the tagger knows about a word out of context: hashes of its forms and its casing. */
export interface WordInfo {
  readonly lower: string
  readonly wordHash: number
  readonly lowerHash: number
  readonly shapeHash: number
  readonly shortShapeHash: number
  /** Feature hashes of its prefixes and suffixes, and of its word classes (see word-classes.ts). */
  readonly affixes: readonly number[]
  /** Its coarse class of word vectors (see load-glove-classes.ts), or -1 when it has none. */
  readonly gloveCoarse: number
  readonly capitalized: boolean
  readonly allCaps: boolean
  /** Whether it has any letter at all. */
  readonly lettered: boolean
  /** The summed weights of its own features under the last model that tagged it (filled by the tagger). */
  readonly scores: { model: object | null; values: Float32Array | null }
  /** The gazetteer entries that start with it, under the last gazetteer that matched it (filled by matchGazetteer). */
  readonly gazetteer: { source: Gazetteer | null; entries: readonly GazetteerEntry[] | undefined }
}

const PREFIX = hashString('prefix')
const SUFFIX = hashString('suffix')
const FINE_CLASS = hashString('fine class')
const COARSE_CLASS = hashString('coarse class')
// A capitalized word unknown as written but known in lower case ("Since", "Growth") is likely a common word.
const LOWER_FINE_CLASS = hashString('lower fine class')
const LOWER_COARSE_CLASS = hashString('lower coarse class')
// Classes of word vectors learned from far more text, by lower-cased word, also with the word's casing.
const GLOVE_FINE = hashString('glove fine')
const GLOVE_COARSE = hashString('glove coarse')
const GLOVE_COARSE_CASED = hashString('glove coarse cased')

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
  const classes = loadWordClasses()
  const own = classes.get(word)
  const ofLower = own ? undefined : classes.get(lower)
  if (own) affixes.push(mixHash(FINE_CLASS, own[0]), mixHash(COARSE_CLASS, own[1]))
  else if (ofLower)
    affixes.push(mixHash(LOWER_FINE_CLASS, ofLower[0]), mixHash(LOWER_COARSE_CLASS, ofLower[1]))
  const glove = loadGloveClasses().get(lower)
  if (glove) {
    const casing = isCapitalized(word) ? (isAllCaps(word) ? 2 : 1) : 0
    affixes.push(
      mixHash(GLOVE_FINE, glove[0]),
      mixHash(GLOVE_COARSE, glove[1]),
      mixHash(GLOVE_COARSE_CASED + casing, glove[1]),
    )
  }
  const info: WordInfo = {
    lower,
    wordHash: hashString(word),
    lowerHash: hashString(lower),
    shapeHash: hashString(shapeOf(word)),
    shortShapeHash: hashString(shortShapeOf(word)),
    affixes,
    gloveCoarse: glove ? glove[1] : -1,
    capitalized: isCapitalized(word),
    allCaps: isAllCaps(word),
    lettered: lower !== word.toUpperCase() || /\p{L}/u.test(word),
    scores: { model: null, values: null },
    gazetteer: { source: null, entries: undefined },
  }
  return info
}
