import { generationOf } from './name-forms.ts'

/**
 * The full names that a person's name of two words or more is the end or the start of, when only one is: "Abu
 * Vale" is "Sami Abu Vale", "Lloyd Tarrow" is "Ann Lloyd Tarrow" (surnames of several words, which a lone surname
 * would not find), "Carrie Lam" is "Carrie Lam Cheng Yuet-ngor" (an English name before the Chinese one), but
 * "Donald Trump" is not "Donald Trump Jr." (a generation names someone else). Keys and values are names' words
 * joined by spaces; a name that is part of two full names ("Anne Vale" of "Mary Anne Vale" and "Jo Anne Vale")
 * is left out, as is one that is itself a full name of the article only.
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
    for (let from = 1; from <= words.length - 2; from++) add(words.slice(from).join(' '), name)
    if (generationOf(words) !== '') continue
    for (let to = 2; to <= words.length - 1; to++) add(words.slice(0, to).join(' '), name)
  }
  const found = new Map<string, string>()
  for (const words of names) {
    if (words.length < 2) continue
    const longer = endingOf.get(words.join(' '))
    if (longer?.size === 1) found.set(words.join(' '), [...longer][0] as string)
  }
  return found
}
