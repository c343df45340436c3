import lexicon from '../../data/statements/pos.lexicon.json' with { type: 'json' }

let tags: Map<string, string> | null = null

function tagMap(): Map<string, string> {
  if (!tags) {
    tags = new Map()
    for (const [tag, list] of Object.entries(lexicon as Record<string, string>))
      for (const w of list.split(' ')) tags.set(w, tag)
  }
  return tags
}

/**
 * Whether a word, lower-cased, is a common English word of newswire (a noun, verb, adjective…, names left
 * out): "Election", "Assembly", "Woman". Evidence that a capitalized word is not a name by itself.
 * @example isCommonWord('Assembly') // true
 */
export function isCommonWord(word: string): boolean {
  return tagMap().has(word.toLowerCase())
}

/**
 * The most frequent coarse part of speech of a common word in newswire ("N" noun, "J" adjective, "V" verb…;
 * see data/statements/README.md), or undefined for names and unknown words.
 * @example commonTagOf('administration') // 'N'
 */
export function commonTagOf(word: string): string | undefined {
  return tagMap().get(word.toLowerCase())
}
