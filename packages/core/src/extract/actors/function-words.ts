// Conjunctions, prepositions and wh-words that open clauses. Not determiners ("The Hague", "The Times") nor
// pronouns and modals, which are also names ("US", "Will Smith").
const FUNCTION_WORDS = new Set(
  (
    'after although and as at because before but by despite during for from how if in into of on or since ' +
    'than that though through under unless until upon when whenever where whereas whether which while who ' +
    'with within without'
  ).split(' '),
)

/**
 * Whether a word is a function word written as the first word of a sentence ("If", "Under", "When", "But"):
 * it never opens a name, though the tagger sometimes takes it into the name after it ("If Labour wins").
 * Words in capitals ("AS Roma") are not.
 * @example isFunctionWord('Under') // true
 */
export function isFunctionWord(word: string): boolean {
  const lower = word.toLowerCase()
  return FUNCTION_WORDS.has(lower) && word === lower.charAt(0).toUpperCase() + lower.slice(1)
}
