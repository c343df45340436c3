import { beBefore } from './after-be.ts'
import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { DETERMINERS } from './lexicon.ts'
import { stemWord } from './stem.ts'

const ESTIMATE = stemWord('estimate')
// The verb's forms after a subject; "estimating" opens a participle clause with no one named.
const VERB_FORMS = new Set(['estimate', 'estimates', 'estimated'])
// What makes "estimate" a noun or an adjective before it: 'the estimates', "the agency's estimate", 'official'.
const NOUN_MAKERS = new Set(['J', 'S', 'NUM'])
// Sources that name no one giving the figure: 'It is estimated', 'this estimate'.
const NO_MAKER = new Set(['it', 'this', 'that', 'there'])

/**
 * Whether "estimates" gives a figure as its maker's words: the verb after a named source, with a clause after "that"
 * ('The agency estimates that 9,000 homes flooded'). News reports such a figure as the maker's statement, as it does
 * "says"; the lexicon files "estimate" with beliefs, so without this stage a reader's statement is left out.
 * 'It is estimated that…', 'an estimated 300 people' and 'estimated the cost at £4m' (no clause) are not. An
 * inverted '…, estimates the council.' is left out: the tagger reads "estimates" there as a noun and the spans go
 * wrong.
 * @example givesAnEstimate(context, draft, first) // true for "estimates" in "The agency estimates that…"
 */
export function givesAnEstimate(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content, source } = draft
  if (context.stem(first) !== ESTIMATE || !VERB_FORMS.has(context.lower(first) ?? '')) return false
  if (!source || context.quoteOf[first] !== -1 || beBefore(context, first) >= 0) return false
  const before = context.lower(first - 1) ?? ''
  if (DETERMINERS.has(before) || NOUN_MAKERS.has(context.pos(first - 1) ?? '')) return false
  if (NO_MAKER.has(context.lower(source.start) ?? '') && source.last === source.start) return false
  return content.start >= cue.end && context.lower(cue.end) === 'that'
}
