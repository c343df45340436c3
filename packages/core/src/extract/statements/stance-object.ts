import { ROLE_HEADS, ROLE_MODIFIERS } from '../../data/actors/roles.ts'
import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Anchor } from './anchors.ts'
import { isPossessive } from './stance-possessor.ts'
import type { Sides } from './stance-sides.ts'

const HEADS = new Set(ROLE_HEADS)
// "shadow", "foreign", "prime", "home"; not the party and place words of the list, which are names here.
const MODIFIERS = new Set(ROLE_MODIFIERS)

/**
 * Whether a lower-case word belongs to a title written before a name: "urged London *mayor* Ken Livingstone",
 * "praised *shadow chancellor* Tom Vale".
 * @example isTitleWord('mayor') // true
 */
export function isTitleWord(lower: string): boolean {
  return HEADS.has(lower) || MODIFIERS.has(lower)
}

/**
 * Whether a title head word: "leader" in "the Tory leader, Tom Vale", after which an appositive name may follow a
 * comma.
 * @example isTitleHead('leader') // true
 */
export function isTitleHead(lower: string): boolean {
  return HEADS.has(lower)
}

/**
 * Whether an actor that is not a person only qualifies the title after it: "*Tory* leader Tom Vale", "*London*
 * mayor Ken Livingstone". A stance verb's object is then the person the title names, not the party or place.
 * @example qualifiesTitle(parsed, tory) // true in "accused Tory leader Tom Vale of"
 */
export function qualifiesTitle(parsed: ParsedArticle, anchor: Anchor): boolean {
  if (anchor.kind === 'person') return false
  const next = parsed.tokens[countStartingBefore(parsed.tokens, anchor.end)]
  return next !== undefined && next.start - anchor.end <= 1 && isTitleWord(next.text.toLowerCase())
}

/**
 * The person a title after a possessive stands for, where the article links that title to one: "praised *his
 * chancellor* for", "attacked *her home secretary*". The possessive only says whose team the holder is on; the
 * holder is the object. Undefined when the word at `t` is not "his", "her" or "their" before a title word with a
 * person's title anchor, or when the holder sits in another camp than the speaker (a rival's "his chancellor" is
 * a shadow the article may not name).
 * @example ownedTitle(parsed, anchors, his, sides) // the chancellor's anchor in "Blair praised his chancellor for"
 */
export function ownedTitle(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  t: number,
  sides: Sides,
): Anchor | undefined {
  const owner = parsed.tokens[t]
  const title = parsed.tokens[t + 1]
  if (!owner || !title || !isPossessive(owner.text.toLowerCase())) return undefined
  if (!isTitleWord(title.text.toLowerCase())) return undefined
  const anchor = anchors[countStartingBefore(anchors, title.start)]
  if (anchor?.start !== title.start || anchor.kind !== 'person' || anchor.form !== 'title') return undefined
  const camp = sides.campOf?.(anchor.actor)
  return camp !== undefined && sides.camp !== undefined && camp !== sides.camp ? undefined : anchor
}
