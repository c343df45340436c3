/**
 * A letter of one script right after a letter of the other, inside a word: Latin and Cyrillic mixed ("Аdvеrtіѕе",
 * Cyrillic а, е, і, ѕ standing in for Latin letters that look the same). One fixed pair per match, so linear.
 */
export const SCRIPT_SEAM = /\p{Script=Latin}\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{Script=Latin}/gu

// A slip of the keyboard mixes one word; a line written to slip past filters mixes many.
const MIN_MIXED = 3

/**
 * Whether a line spells its words with look-alike letters of two scripts, as ads and spam do to slip past filters:
 * no language writes words so, and an article quoting a Cyrillic name beside a Latin one keeps its words apart.
 * @example hasMixedScripts('Аdvеrtіѕе wіth us tоdау') // true
 */
export function hasMixedScripts(text: string): boolean {
  let seams = 0
  for (const _ of text.matchAll(SCRIPT_SEAM)) if (++seams >= MIN_MIXED) return true
  return false
}
