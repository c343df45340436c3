import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { DETERMINERS } from './lexicon.ts'

// Relative pronouns that stand for the name before their comma when they open the clause's subject.
const SUBJECT_RELATIVES = new Set(['who', 'which', 'whose'])

// Words after "who" or "which" that are the clause's own subject: "Tom Reed, who it says ran the firm" is what
// "it" says of Reed, not Reed speaking.
const OWN_SUBJECTS: ReadonlySet<string> = new Set([
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  ...DETERMINERS,
])

// Words that may stand between the pronoun and a cue that follows the clause with no comma: "who this week
// criticised", "who later told", "who has also said". Anything else is the clause's own subject: "who prosecutors
// say", "which our readers say".
const BEFORE_CUE = new Set(
  'also later then once still now today yesterday recently earlier again this last next week month year morning evening night has had have'.split(
    ' ',
  ),
)

/**
 * Whether a source is only a relative clause set off by a comma after a name ("Tom Reed, who chairs the panel in
 * Leeds, said"): the speaker is whom the pronoun stands for, never a body or a place the clause names. Not a clause
 * with a subject of its own ("…, who it says ran the firm"), one after no comma ("the games that have …"), nor one
 * the cue does not follow at once ("Tom Reed praised Ann Lee, who died in May, and thanked …": the cue's subject is
 * further back).
 * @example opensSetOffRelative(tokens, source, cue) // true for "who chairs the panel" after "Tom Reed," before ", said"
 */
export function opensSetOffRelative(tokens: readonly Token[], source: Span, cue: Span | null): boolean {
  if (!cue || cue.start < source.end) return false
  const between = tokens.slice(
    countStartingBefore(tokens, source.end),
    countStartingBefore(tokens, cue.start),
  )
  if (between.length > 1 || (between.length === 1 && between[0]?.text !== ',')) return false
  const at = countStartingBefore(tokens, source.start)
  const first = tokens[at]
  if (!first || first.start !== source.start || tokens[at - 1]?.text !== ',') return false
  if (!SUBJECT_RELATIVES.has(first.text)) return false
  const next = tokens[at + 1]
  if (!next || next.start >= source.end) return false
  if (first.text === 'whose') return true
  // A word that may stand before the cue is no subject ('who this week said').
  const subject = next.text.toLowerCase()
  if ((OWN_SUBJECTS.has(subject) && !BEFORE_CUE.has(subject)) || /^\p{Lu}/u.test(next.text)) return false
  if (between.length === 1) return true
  // No comma closes the clause: the cue is its own verb, so only adverbs and times may stand before it.
  for (let k = at + 1; k < tokens.length && (tokens[k] as Token).start < source.end; k++) {
    const word = (tokens[k] as Token).text.toLowerCase()
    if (!BEFORE_CUE.has(word) && !/^[a-z]{3,}ly$/.test(word)) return false
  }
  return true
}
