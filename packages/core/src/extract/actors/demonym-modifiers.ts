import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { findCountryOfDemonym } from './countries.ts'
import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const WELL_KNOWN = new Set(ORGANIZATION_NAMES)
// Words in lower case that end a name's phrase rather than extend it ("met the Spanish FA on Monday", "the
// Welsh FA said"): after them the demonym is the body's own.
const PHRASE_ENDS = new Set(
  'on in at of for to by with from into over after before and or but that which who whose is are was were has have had will would said says told'.split(
    ' ',
  ),
)
// Nouns of a body's own people after its name ("the Chinese FA chief", "Welsh FA officials"): the body is the
// demonym's, so the demonym stays in its name.
const MEMBER_NOUNS = new Set(
  'chief chiefs head heads president chairman boss bosses official officials spokesman spokeswoman spokesperson squad team member members staff'.split(
    ' ',
  ),
)

/**
 * "the Turkish EU bid", "a British Nato plan": a body's one-word name (in capitals, or well known) between a
 * demonym and a noun in lower case, which the article also names with no demonym before it, is that body, and
 * the demonym goes with the noun after it, not into the body's name ("Turkish EU" made every "EU" of the
 * article one body of Turkey's). "Russian Duma", "met the Spanish FA on Monday" and a body named only after its
 * demonym are joined as before.
 * @example // "The Turkish EU bid stalled. The EU said no." → organization "EU", no "Turkish EU"
 */
export function isModifiedBody(
  article: TaggedArticle,
  mention: Mention,
  mentions: readonly Mention[],
): boolean {
  const { tokens, sentenceOf } = article
  if (mention.last - mention.first !== 1) return false
  if (!/^\p{Lu}{2,6}$/u.test(mention.text) && !WELL_KNOWN.has(mention.text)) return false
  const next = tokens[mention.last]?.text ?? ''
  if (sentenceOf[mention.last] !== sentenceOf[mention.first] || !/^\p{Ll}+$/u.test(next)) return false
  if (PHRASE_ENDS.has(next) || MEMBER_NOUNS.has(next)) return false
  return mentions.some(
    (other) =>
      other !== mention &&
      other.text === mention.text &&
      findCountryOfDemonym(tokens[other.first - 1]?.text ?? '') === undefined,
  )
}
