import type { WordInfo } from './word-info.ts'

/**
 * The runs of capitalized words of a sentence, per token: a name's tokens see the words that close it ("Social
 * Democratic Party", "the 2016 United Kingdom general election") however far they stand.
 */
export interface CapitalRuns {
  /** Per token: the first token of its run of capitalized words, or -1 when the token is not capitalized. */
  readonly start: Int32Array
  /** Per token: one past the last token of its run, or -1. */
  readonly end: Int32Array
  /** Per token, joining words included: the run widened across them ("Party of the Russian Federation"), or -1. */
  readonly bridgedStart: Int32Array
  /** Per token: one past the end of the widened run, or -1. */
  readonly bridgedEnd: Int32Array
}

/** Lower-case words that join two capitalized parts of one name. */
const JOINERS = new Set([
  'of',
  'the',
  'and',
  'for',
  '&',
  "'s",
  'de',
  'du',
  'la',
  'del',
  'von',
  'van',
  'der',
  'in',
  'on',
])

/** At most this many joining words in a row ("of the"). */
const MAX_JOINERS = 2

/**
 * Whether the word at i counts as capitalized in a run: it starts with a capital letter, and is not a common
 * word capitalized only because it opens the sentence ("Critics of America said…").
 */
function isCapital(words: readonly WordInfo[], i: number): boolean {
  const word = words[i] as WordInfo
  return word.capitalized && word.lettered && !(i === 0 && word.common)
}

/**
 * Finds the capitalized runs of a sentence.
 * @example findCapitalRuns(['the', 'Labour', 'Party', 'of', 'Ireland'].map(describeWord)).bridgedEnd[1] // 5
 */
export function findCapitalRuns(words: readonly WordInfo[]): CapitalRuns {
  const n = words.length
  const start = new Int32Array(n).fill(-1)
  const end = new Int32Array(n).fill(-1)
  const bridgedStart = new Int32Array(n).fill(-1)
  const bridgedEnd = new Int32Array(n).fill(-1)
  let i = 0
  while (i < n) {
    if (!isCapital(words, i)) {
      i++
      continue
    }
    let j = i
    while (j < n && isCapital(words, j)) j++
    start.fill(i, i, j)
    end.fill(j, i, j)
    i = j
  }
  // Widen runs across joiners: a run followed by up to two joiners and another run becomes one.
  i = 0
  while (i < n) {
    const first = start[i] as number
    if (first < 0) {
      i++
      continue
    }
    let last = end[i] as number
    for (;;) {
      let k = last
      while (k < n && k - last < MAX_JOINERS && JOINERS.has((words[k] as WordInfo).lower)) k++
      if (k === last || k >= n || (start[k] as number) !== k) break
      last = end[k] as number
    }
    bridgedStart.fill(first, first, last)
    bridgedEnd.fill(last, first, last)
    i = last
  }
  return { start, end, bridgedStart, bridgedEnd }
}
