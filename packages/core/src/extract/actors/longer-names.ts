/**
 * The full names that a person's name of two words or more is the end of, when only one is: "Abu Vale" is
 * "Sami Abu Vale", "Lloyd Tarrow" is "Ann Lloyd Tarrow" (surnames of several words, which a lone surname would
 * not find). Keys and values are names' words joined by spaces; a name that ends two full names ("Anne Vale"
 * of "Mary Anne Vale" and "Jo Anne Vale") is left out, as is one that is itself a full name of the article only.
 * @example longerPersonNames([['Sami', 'Abu', 'Vale'], ['Abu', 'Vale']]).get('Abu Vale') // 'Sami Abu Vale'
 */
export function longerPersonNames(names: readonly (readonly string[])[]): Map<string, string> {
  const full = [...new Set(names.filter((words) => words.length >= 3).map((words) => words.join(' ')))]
  const found = new Map<string, string>()
  const ambiguous = new Set<string>()
  for (const words of names) {
    if (words.length < 2) continue
    const short = words.join(' ')
    if (found.has(short) || ambiguous.has(short)) continue
    const longer = full.filter((name) => name.endsWith(` ${short}`))
    if (longer.length === 1) found.set(short, longer[0] as string)
    else if (longer.length > 1) ambiguous.add(short)
  }
  return found
}
