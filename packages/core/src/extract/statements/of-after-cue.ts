import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'

// Verbs of speaking whose "of" heads what was said: "warned of job losses", "spoke of her hopes".
const OF_VERBS = /^(?:warn|spoke|speak|complain|talk|boast)/

/**
 * Whether the cue is a verb of speaking followed at once by "of": what was said is the phrase after it, never
 * the words before the cue ("The firm warned of lower margins": "the firm" is the source). Not "said of", whose
 * content may stand before it ("'It is fine,' she said of the plan").
 * @example ofHeadsContent(context, cue) // true for "warned" in "The bank warned of cuts."
 */
export function ofHeadsContent(context: StatementContext, cue: Cue): boolean {
  if (context.lower(cue.end) !== 'of') return false
  return OF_VERBS.test(context.lower(cue.end - 1) ?? '')
}
