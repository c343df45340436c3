import type { Token } from '../../parse/document.ts'

/** Names of several words, matched whole and case-sensitively over tokens, each with a value. */
export interface PhraseLexicon<T> {
  /** First word → the names that start with it, as words, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly value: T }[]>
}

/** Builds a lexicon from names written as text ("Downing Street", "No. 10"), split on spaces. */
export function buildPhraseLexicon<T>(
  entries: Iterable<readonly [name: string, value: T]>,
): PhraseLexicon<T> {
  const byFirst = new Map<string, { words: string[]; value: T }[]>()
  for (const [name, value] of entries) {
    const words = name.split(' ')
    const list = byFirst.get(words[0] as string) ?? []
    list.push({ words, value })
    byFirst.set(words[0] as string, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  return { byFirst }
}

/** The longest name of the lexicon starting at token `i`: its value and the token after it, or undefined. */
export function matchPhrase<T>(
  lexicon: PhraseLexicon<T>,
  tokens: readonly Token[],
  i: number,
): { value: T; last: number } | undefined {
  const candidates = lexicon.byFirst.get((tokens[i] as Token).text)
  if (!candidates) return undefined
  // Loops rather than find/every with closures: asked at every token, for every lexicon.
  for (const { words, value } of candidates) {
    let k = 1
    while (k < words.length && tokens[i + k]?.text === words[k]) k++
    if (k === words.length) return { value, last: i + words.length }
  }
  return undefined
}
