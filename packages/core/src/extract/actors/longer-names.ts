import { generationOf } from './name-forms.ts'
import { PARTICLES } from './name-openers.ts'

/**
 * The full names that a person's name of two words or more is the end or the start of, when only one is: "Abu
 * Vale" is "Sami Abu Vale", "Lloyd Tarrow" is "Ann Lloyd Tarrow" (surnames of several words, which a lone surname
 * would not find), "Carrie Lam" is "Carrie Lam Cheng Yuet-ngor" (an English name before the Chinese one), but
 * "Donald Trump" is not "Donald Trump Jr." (a generation names someone else). Keys and values are names' words
 * joined by spaces; a name that is part of two full names ("Anne Vale" of "Mary Anne Vale" and "Jo Anne Vale")
 * is left out, as is one that is itself a full name of the article only. A particle's case does not count: news
 * capitalizes it where no given name comes before ("Van Persie", "De Vale" for "Robin van Persie", "Ann de Vale").
 * @example longerPersonNames([['Sami', 'Abu', 'Vale'], ['Abu', 'Vale']]).get('Abu Vale') // 'Sami Abu Vale'
 */
export function longerPersonNames(names: readonly (readonly string[])[]): Map<string, string> {
  // Each full name under every ending and start of two words or more that is shorter than it: one lookup per
  // mention.
  const endingOf = new Map<string, Set<string>>()
  const add = (part: string, name: string) => {
    const longer = endingOf.get(part)
    if (longer) longer.add(name)
    else endingOf.set(part, new Set([name]))
  }
  for (const words of names) {
    if (words.length < 3) continue
    const name = words.join(' ')
    for (let from = 1; from <= words.length - 2; from++) add(keyOf(words.slice(from)), name)
    if (generationOf(words) !== '') continue
    for (let to = 2; to <= words.length - 1; to++) add(keyOf(words.slice(0, to)), name)
  }
  const found = new Map<string, string>()
  for (const words of names) {
    if (words.length < 2) continue
    const longer = endingOf.get(keyOf(words))
    const only = longer === undefined ? undefined : soleName(longer)
    if (only !== undefined) found.set(words.join(' '), only)
  }
  return found
}

/**
 * The one name of a set of full names, where a name that opens with an initial ("R de Vale") is the short form of
 * another that opens with a word of that letter ("Rob De Vale"), as a team sheet writes it beside the report.
 */
function soleName(names: ReadonlySet<string>): string | undefined {
  if (names.size === 1) return [...names][0]
  const full = [...names].filter((name) => {
    const [opener = '', ...rest] = name.split(' ')
    if (!/^\p{Lu}\.?$/u.test(opener)) return true
    const restKey = keyOf(rest)
    return ![...names].some((other) => {
      const [otherOpener = '', ...otherRest] = other.split(' ')
      return (
        other !== name &&
        otherOpener.length > 2 &&
        otherOpener[0] === opener[0] &&
        keyOf(otherRest) === restKey
      )
    })
  })
  return full.length === 1 ? full[0] : undefined
}

/** A name's words joined by spaces, its particles in lower case: "Van Persie" and "van Persie" are one key. */
function keyOf(words: readonly string[]): string {
  return words.map((w) => (PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : w)).join(' ')
}
