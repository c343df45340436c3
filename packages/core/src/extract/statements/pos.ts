import lexicon from '../../data/statements/pos.lexicon.json' with { type: 'json' }

/** Coarse part of speech of a lower-cased word as most often tagged in newswire, by tag: "N", "V", "VD", … */
const TAG_OF = new Map<string, string>()
for (const [tag, words] of Object.entries(lexicon as Record<string, string>)) {
  for (const word of words.split(' ')) TAG_OF.set(word, tag)
}

/**
 * A coarse part of speech for a token without context: the word's most frequent tag in newswire when known
 * (N noun, V verb, VD past, VN participle, VG gerund, J adjective, R adverb, I preposition, D determiner,
 * PR pronoun, C conjunction, NUM, TO, M modal, W wh-word, S possessive), "P" for other capitalised words, a guess
 * from the suffix otherwise, "." for punctuation. A feature for the learned stages, not a tagger.
 * @example guessPos('Clarified', 'clarified', false) // 'VD'
 */
export function guessPos(text: string, lower: string, sentenceStart: boolean): string {
  const known = TAG_OF.get(lower)
  const c = text.charAt(0)
  if (!/[\p{L}\p{N}]/u.test(c)) return '.'
  if (known && (c === lower.charAt(0) || sentenceStart || known === 'D' || known === 'PR' || known === 'I'))
    return known
  if (c !== c.toLowerCase()) return 'P'
  if (known) return known
  if (/^\d/.test(c)) return 'NUM'
  if (lower.endsWith('ing')) return 'VG'
  if (lower.endsWith('ed')) return 'VD'
  if (lower.endsWith('ly')) return 'R'
  if (/(?:ous|ful|ive|able|ible|al|ic|less)$/.test(lower)) return 'J'
  return 'N'
}
