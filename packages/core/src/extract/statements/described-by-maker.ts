import type { StatementContext } from './context.ts'
import { isSpeakingHead } from './inversion.ts'

// Papers that speak for their makers after an inverted cue ("…, said the leaflet published by the police"),
// beyond the bodies and roles of `isSpeakingHead` ("the report", "an aide").
const PAPERS = new Set(
  'leaflet guidance guide guidelines document statement letter memo note notice booklet briefing website bulletin handbook manual code'.split(
    ' ',
  ),
)

// A past participle, or the same form that the word guesser takes for a past tense ("issued", "sent").
const PARTICIPLE_POS = new Set(['VN', 'VD'])

/**
 * Whether token t belongs to a participle that names who made the described speaker before it, as in "…, said the
 * leaflet published by the police" or "…, says a report issued jointly by two banks": a past participle right after a
 * paper, body or role, then "by" (an adverb may stand between), or that adverb itself. Not "…, said a prayer
 * written by his mother": a prayer speaks for no one.
 * @example isMakerParticiple(context, t) // true for "published" in ", said the leaflet published by the police"
 */
export function isMakerParticiple(context: StatementContext, t: number): boolean {
  const pos = context.pos(t)
  if (pos === 'R')
    return (
      PARTICIPLE_POS.has(context.pos(t - 1) ?? '') &&
      context.lower(t + 1) === 'by' &&
      isMadeBy(context, t - 1)
    )
  return PARTICIPLE_POS.has(pos ?? '') && isMadeBy(context, t)
}

/** Whether the past participle at t follows a paper, body or role and comes before "by", or an adverb and "by". */
function isMadeBy(context: StatementContext, t: number): boolean {
  const head = context.lower(t - 1) ?? ''
  if (context.pos(t - 1) !== 'N' || !(PAPERS.has(head) || isSpeakingHead(head))) return false
  const next = context.lower(t + 1)
  return next === 'by' || (context.pos(t + 1) === 'R' && context.lower(t + 2) === 'by')
}

// Parts of speech that may follow "and" inside a described speaker: "the police and the council".
const AFTER_AND = new Set(['D', 'N', 'P'])

/**
 * Whether token t, inside a described speaker after its first word, joins two of its makers or holds an
 * abbreviation: "and" between a noun and another noun phrase ("by the police and the council"), or the brackets of
 * one capitalised word ("the Crown Office (CO)"). Not "and" before a verb ("said grace and left").
 * @example joinsDescription(context, t) // true for "and" in "by the police and the council"
 */
export function joinsDescription(context: StatementContext, t: number): boolean {
  const word = context.lower(t)
  if (word === 'and')
    return (
      (NOUN_ENDS.has(context.pos(t - 1) ?? '') || context.lower(t - 1) === ')') &&
      AFTER_AND.has(context.pos(t + 1) ?? '')
    )
  if (word === '(') return context.pos(t + 1) === 'P' && context.lower(t + 2) === ')'
  if (word === ')') return context.pos(t - 1) === 'P' && context.lower(t - 2) === '('
  return false
}

const NOUN_ENDS = new Set(['N', 'P'])
// "and" may follow an abbreviation's closing bracket: "the Crown Office (CO) and the Union".
