import { isBodyNoun } from './antecedents.ts'

// "the companies", "the two charities", "both unions", "all three firms": a determiner, a count, a plural noun.
const PLURAL_PHRASE = /^(?:the|both|all)\s+(?:(?:two|three|four|five|both)\s+)?(\p{L}{3,}s)$/iu

/**
 * Whether a source is a plural noun for bodies ("the companies", "the two charities"): like "they", it stands for the
 * bodies that were the subject just before ("Vexco and Pellcom welcomed the ruling. The companies said …").
 * @example isPluralBodyPhrase('the two charities') // true
 */
export function isPluralBodyPhrase(words: string): boolean {
  const noun = PLURAL_PHRASE.exec(words.trim())?.[1]?.toLowerCase()
  if (!noun) return false
  const singular = noun.endsWith('ies')
    ? `${noun.slice(0, -3)}y`
    : /(?:ch|sh|ss|x)es$/.test(noun)
      ? noun.slice(0, -2)
      : noun.slice(0, -1)
  return isBodyNoun(singular)
}
