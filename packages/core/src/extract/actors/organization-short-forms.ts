import { INSTITUTION_HEADS } from '../../data/actors/apposed-nouns.ts'
import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'

// Heads that stand alone for the one body of the article they end ("the Assembly" after "the General
// Assembly", "the Commission" after "the European Commission"). Not "Parliament" nor "Congress": an article
// that names the European Parliament may still mean its own country's by "Parliament".
const STANDING_HEADS = new Set(
  [...INSTITUTION_HEADS, ...ORGANIZATION_HEADS, 'Assembly', 'Court', 'Tribunal'].map((head) =>
    head.toLowerCase(),
  ),
)

/**
 * The longer name of the article that a short form of an organization's name ends: "Al-Vale Hospital" is
 * "Sami Al-Vale Hospital", "Fisheries Commission" is "Trade and Fisheries Commission", "the Assembly" is "the
 * General Assembly". Only when one longest name ends so (with two, "University Hospital" is neither), and a
 * one-word short form only when it is a body's head (never "Times" for "the Sunday Times"); a name with "of"
 * is no short form ("University of Ulster" beside the "New University of Ulster"). Names come without
 * "the"; the answer is one of `names`, or undefined.
 * @example longerNameOf('Fisheries Commission', ['Trade and Fisheries Commission']) // 'Trade and Fisheries Commission'
 */
export function longerNameOf(short: string, names: readonly string[]): string | undefined {
  return longerNamesOf(names)(short)
}

/**
 * `longerNameOf` for many short forms over the same names: the names are indexed once by every ending they have,
 * so that each short form costs one lookup, and a long article's organizations stay linear.
 * @example longerNamesOf(['General Assembly'])('Assembly') // 'General Assembly'
 */
export function longerNamesOf(names: readonly string[]): (short: string) => string | undefined {
  const endingOf = new Map<string, Set<string>>()
  for (const name of new Set(names)) {
    const words = name.split(' ')
    for (let from = 1; from < words.length; from++) {
      const ending = words.slice(from).join(' ')
      const longer = endingOf.get(ending)
      if (longer) longer.add(name)
      else endingOf.set(ending, new Set([name]))
    }
  }
  return (short) => {
    // "University of Ulster" names its body in full, even beside the "New University of Ulster" it replaced.
    if (/ of /i.test(short)) return undefined
    if (!short.includes(' ') && !STANDING_HEADS.has(short.toLowerCase())) return undefined
    const longer = [...(endingOf.get(short) ?? [])]
    // "Assembly" ends both "General Assembly" and "North Carolina General Assembly": the longest ones count.
    const longest = longer.filter((name) => !longer.some((other) => other.endsWith(` ${name}`)))
    return longest.length === 1 ? longest[0] : undefined
  }
}
