/**
 * The full names that a person's name of two words or more is the end of, when only one is: "Abu Vale" is
 * "Sami Abu Vale", "Lloyd Tarrow" is "Ann Lloyd Tarrow" (surnames of several words, which a lone surname would
 * not find). Keys and values are names' words joined by spaces; a name that ends two full names ("Anne Vale"
 * of "Mary Anne Vale" and "Jo Anne Vale") is left out, as is one that is itself a full name of the article only.
 * @example longerPersonNames([['Sami', 'Abu', 'Vale'], ['Abu', 'Vale']]).get('Abu Vale') // 'Sami Abu Vale'
 */
export function longerPersonNames(names: readonly (readonly string[])[]): Map<string, string> {
  // Each full name under every ending of two words or more that is shorter than it: one lookup per mention.
  const endingOf = new Map<string, Set<string>>()
  for (const words of names) {
    if (words.length < 3) continue
    const name = words.join(' ')
    for (let from = 1; from <= words.length - 2; from++) {
      const ending = words.slice(from).join(' ')
      const longer = endingOf.get(ending)
      if (longer) longer.add(name)
      else endingOf.set(ending, new Set([name]))
    }
  }
  const found = new Map<string, string>()
  for (const words of names) {
    if (words.length < 2) continue
    const longer = endingOf.get(words.join(' '))
    if (longer?.size === 1) found.set(words.join(' '), [...longer][0] as string)
  }
  return found
}
