import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { reportingClass } from './lexicon.ts'

// Conjunctions that add a clause of another report at a content's end: '…, though she noted clients want …', '… as
// he warned hospitals could fill'. Not "when", "if" or "because", whose clause belongs to what was said ('said that
// when she told him, he left').
const ADDING_CONJUNCTIONS = new Set(['as', 'though', 'although'])
// Words before "as" that make it a comparison, part of what was said: 'just as he believes it will in Britain'.
const COMPARING = new Set(['just', 'much', 'exactly', 'so', 'such', 'same', 'well', 'soon', 'long', 'far'])
// Words before the conjunction that belong with it: ', though', 'even though'.
const JOINED_BEFORE = new Set([',', 'even', '--', '—', '–'])

/**
 * Where a content should end when the words before an inner report's subject, at `before`, are a conjunction that
 * adds that report ('said the plan was sound, though he admitted that costs could rise'): the token where the
 * conjunction (with its comma or "even") starts, so that the outer content ends before it. Null when `before` is
 * no such conjunction or nothing of the outer content would be left.
 * @example addedClauseStart(context, 4, 12) // 11 for "…, though he admitted …" (the comma at 11)
 */
export function addedClauseStart(context: StatementContext, from: number, before: number): number | null {
  const word = context.lower(before) ?? ''
  if (!ADDING_CONJUNCTIONS.has(word)) return null
  // "as" opens an added report only before a pronoun ('as he warned'); before a noun it is often a preposition
  // ('examples critics point to as investments failed to note'), and after an adjective a comparison.
  if (word === 'as' && (COMPARING.has(context.lower(before - 1) ?? '') || context.pos(before + 1) !== 'PR'))
    return null
  let cut = before
  while (cut - 1 > from && JOINED_BEFORE.has(context.lower(cut - 1) ?? '')) cut--
  return cut > from ? cut : null
}

/**
 * Whether a statement's cue has a verb of speech ('admitted', 'warned'): only such a report is added to a content by
 * "as" or "though"; '… would depress revenue as investors delayed sales' goes on with what was said.
 * @example reportsSpeech(context, draft) // true for "he admitted"
 */
export function reportsSpeech(context: StatementContext, draft: StatementDraft): boolean {
  for (let t = draft.cue.start; t < draft.cue.end; t++)
    if (reportingClass(context.stem(t) ?? '') === 'speech') return true
  return false
}
