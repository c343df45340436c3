import { givenNameGender } from '../given-names.ts'

// A word of a name in capitals then lower-case letters: "Abbott", not "McDonald"'s rival "MCDONALD" nor "J".
const PLAIN_NAME = /^\p{Lu}\p{Ll}+$/u
// The shortest lone surname that a one-letter slip may join: "Barot" → "Barrot", not "Kong" → "King".
const MIN_LONE = 5

/**
 * Whether two words are one letter apart (one letter changed, added or dropped), in any case: "Abbot" and
 * "Abbott", "Houser" and "Hauser"; not the same word.
 * @example isOneEditApart('Abbot', 'Abbott') // true
 */
export function isOneEditApart(a: string, b: string): boolean {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x === y || Math.abs(x.length - y.length) > 1) return false
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  // Past the first difference the rest must match: shifted by one when a letter was added, else in place.
  return short.length === long.length
    ? short.slice(i + 1) === long.slice(i + 1)
    : short.slice(i) === long.slice(i + 1)
}

/**
 * The surname of the article's people that a lone surname nobody bears is a slip of ("Abbot" beside "Diane
 * Abbott", "Mukerjee" beside "Pranab Mukherjee"): the one surname one letter apart with the same first letter,
 * when the word is long enough and no common given name ("Owen" beside "Jesse Owens" is someone else).
 * @example variantSurname('Abbot', ['Abbott', 'Blair']) // 'Abbott'
 */
export function variantSurname(word: string, surnames: Iterable<string>): string | undefined {
  if (word.length < MIN_LONE || !PLAIN_NAME.test(word) || givenNameGender(word) !== undefined)
    return undefined
  let found: string | undefined
  for (const surname of surnames) {
    if (surname.length < MIN_LONE || surname[0] !== word[0] || !isOneEditApart(word, surname)) continue
    if (found !== undefined) return undefined
    found = surname
  }
  return found
}

/**
 * Full names of the article that are another's written differently, each to that other (words joined by
 * spaces): the same given name and a surname one letter apart ("Charles Clark" → "Charles Clarke", the form
 * written more often, else first), or the same surname and a short form of the given name, both of one gender
 * ("Dave Collins" → "David Collins"; not "Chris" beside "Christine"). A name that two others could be is left
 * alone, as is one that others are variants of. Names come in the order the article writes them, once a mention.
 * @example variantFullNames([['Dave', 'Collins'], ['David', 'Collins']]).get('Dave Collins') // 'David Collins'
 */
export function variantFullNames(names: readonly (readonly string[])[]): Map<string, string> {
  const counts = new Map<string, { words: readonly string[]; count: number; first: number }>()
  names.forEach((words, index) => {
    if (
      words.length < 2 ||
      !words.every((w) => PLAIN_NAME.test(w) || /^\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+$/u.test(w))
    )
      return
    const key = words.join(' ')
    const seen = counts.get(key)
    if (seen) seen.count++
    else counts.set(key, { words, count: 1, first: index })
  })
  const targets = new Map<string, Set<string>>()
  const entries = [...counts.entries()]
  const pairable = pairableEntries(entries.map(([, written]) => written.words))
  for (const [keyA, a] of entries)
    for (const index of pairable(a.words)) {
      const [keyB, b] = entries[index] as [string, Written]
      if (keyA >= keyB) continue
      const pair = canonicalOf(a, b)
      if (pair === undefined) continue
      const [variant, canonical] = pair === a ? [keyB, keyA] : [keyA, keyB]
      targets.set(variant, (targets.get(variant) ?? new Set()).add(canonical))
    }
  const canonicalNames = new Set([...targets.values()].flatMap((canonicals) => [...canonicals]))
  const found = new Map<string, string>()
  for (const [variant, canonicals] of targets) {
    const only = canonicals.size === 1 ? ([...canonicals][0] as string) : undefined
    if (only !== undefined && !targets.has(only) && !canonicalNames.has(variant)) found.set(variant, only)
  }
  return found
}

interface Written {
  words: readonly string[]
  count: number
  first: number
}

/**
 * For a name, the indices (ascending) of the names that `canonicalOf` may pair it with: of its length and its middle
 * words, with its given name or its surname. Pairs come from these groups rather than from every two names, which
 * grew as the square of a long text's people.
 */
function pairableEntries(names: readonly (readonly string[])[]): (words: readonly string[]) => number[] {
  const groups = new Map<string, number[]>()
  const keysOf = (words: readonly string[]): [string, string] => {
    const shape = `${words.length}\u0000${words.slice(1, -1).join(' ')}\u0000`
    return [`${shape}given\u0000${words[0]}`, `${shape}surname\u0000${words.at(-1)}`]
  }
  names.forEach((words, index) => {
    for (const key of keysOf(words)) {
      const group = groups.get(key)
      if (group) group.push(index)
      else groups.set(key, [index])
    }
  })
  return (words) => {
    const [given, surname] = keysOf(words).map((key) => groups.get(key) ?? [])
    return [...new Set([...(given ?? []), ...(surname ?? [])])].sort((x, y) => x - y)
  }
}

/** Of two names of one person written two ways, the form to keep; undefined when they are two people. */
function canonicalOf(a: Written, b: Written): Written | undefined {
  const n = a.words.length
  if (b.words.length !== n || a.words.slice(1, -1).join(' ') !== b.words.slice(1, -1).join(' '))
    return undefined
  const givenA = a.words[0] as string
  const givenB = b.words[0] as string
  const surnameA = a.words[n - 1] as string
  const surnameB = b.words[n - 1] as string
  if (givenA === givenB && surnameA[0] === surnameB[0] && isOneEditApart(surnameA, surnameB))
    return a.count > b.count || (a.count === b.count && a.first < b.first) ? a : b
  if (surnameA !== surnameB || !isShortForm(givenA, givenB)) return undefined
  return givenA.length >= givenB.length ? a : b
}

// What a short form of a given name adds after the letters it shares with the full one: "Dav-e", "Dan-ny",
// "Fred-die"; "Mar-k" beside "Mar-tin" is another name.
const PET_ENDING = /^\p{Ll}?(?:ie|y|e)$/u

/**
 * Whether two given names of one gender are one name in a short and a long form: "Steve" and "Steven" (the one
 * starts the other), "Dave" and "David", "Danny" and "Daniel" (a pet ending after three letters or more shared).
 */
function isShortForm(a: string, b: string): boolean {
  const gender = givenNameGender(a)
  if (a === b || gender === undefined || gender !== givenNameGender(b)) return false
  const [short, long] =
    a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()]
  let shared = 0
  while (shared < short.length && short[shared] === long[shared]) shared++
  return shared >= 3 && (shared === short.length || PET_ENDING.test(short.slice(shared)))
}
