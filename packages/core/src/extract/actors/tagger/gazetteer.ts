import { hashString } from './hash.ts'

/** A list of multi-word names, each with a category, matched case-insensitively over a sentence's tokens. */
export interface Gazetteer {
  /** First token (lower-cased) → entries starting with it, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly GazetteerEntry[]>
}

/** One name of a gazetteer, as lower-cased tokens, with its category's hash. */
export interface GazetteerEntry {
  readonly tokens: readonly string[]
  readonly category: number
}

/** Builds a gazetteer from names already split into tokens, each with a category such as "country". */
export function buildGazetteer(
  names: Iterable<readonly [tokens: readonly string[], category: string]>,
): Gazetteer {
  const byFirst = new Map<string, GazetteerEntry[]>()
  const seen = new Set<string>()
  for (const [tokens, category] of names) {
    const lower = tokens.map((t) => t.toLowerCase())
    const first = lower[0]
    const key = `${lower.join(' ')}\u0000${category}`
    if (first === undefined || seen.has(key)) continue
    seen.add(key)
    const list = byFirst.get(first) ?? []
    list.push({ tokens: lower, category: hashString(category) })
    byFirst.set(first, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
  return { byFirst }
}

/** What a token no gazetteer name covers holds: one shared empty list, so that most tokens allocate nothing. */
export const NO_MATCHES: readonly number[] = Object.freeze([])

/** What a word needs for matching: its lower-cased text and a slot to remember its entries in (see WordInfo). */
export interface GazetteerWord {
  readonly lower: string
  readonly gazetteer: { source: Gazetteer | null; entries: readonly GazetteerEntry[] | undefined }
}

/**
 * The entries starting with a word, remembered on the word's description (which is kept per distinct text): one
 * field read per token instead of a map lookup by string.
 */
function entriesOf(gazetteer: Gazetteer, word: GazetteerWord): readonly GazetteerEntry[] | undefined {
  const slot = word.gazetteer
  if (slot.source !== gazetteer) {
    slot.source = gazetteer
    slot.entries = gazetteer.byFirst.get(word.lower)
  }
  return slot.entries
}

/**
 * Finds, for each word, the gazetteer categories that cover it and whether it begins the match: out[i] gets
 * category hashes, with the low bit set for a token inside (not first in) a match. Longest match per start.
 * Entries still holding NO_MATCHES get a list of their own on their first match.
 */
export function matchGazetteer(
  gazetteer: Gazetteer,
  words: readonly GazetteerWord[],
  out: (readonly number[])[],
): void {
  for (let i = 0; i < words.length; i++) {
    const entries = entriesOf(gazetteer, words[i] as GazetteerWord)
    if (!entries) continue
    for (const entry of entries) {
      const n = entry.tokens.length
      if (i + n > words.length) continue
      let k = 1
      while (k < n && entry.tokens[k] === (words[i + k] as GazetteerWord).lower) k++
      if (k < n) continue
      for (let j = 0; j < n; j++) {
        const list = out[i + j] === NO_MATCHES ? [] : (out[i + j] as number[])
        list.push(j === 0 ? entry.category & ~1 : entry.category | 1)
        out[i + j] = list
      }
    }
  }
}
