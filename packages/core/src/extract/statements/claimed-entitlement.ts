import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'
import { VERB_POS } from './verb-pos.ts'

const CLAIM = stemWord('claim')

// What one claims as a due, not in words: 'claiming asylum', 'claimed benefits', 'claim expenses'. A closed class.
const ENTITLEMENTS = new Set(
  'asylum benefit benefits expenses allowance allowances refund refunds pension pensions compensation damages'.split(
    ' ',
  ),
)
// Words that may stand before the noun of what is claimed: 'their benefits', 'housing benefit', 'full expenses'.
const BEFORE_THE_NOUN = new Set(['D', 'S', 'J', 'N', 'PR', 'VG'])
const LONGEST_PREMODIFIERS = 3

/**
 * Whether "claim" takes a due as its object, so reports no words: 'people claiming asylum', 'MPs who claimed
 * expenses', 'families that claim housing benefit'. 'claimed that the vote was rigged' and 'claimed the plan would
 * fail' give words; a prize won is `winsAPrize`.
 * @example claimsADue(context, draft, first) // true for "claiming" in "those claiming asylum"
 */
export function claimsADue(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content } = draft
  if (draft.mode !== 'indirect' || content.start !== cue.end || cue.end - 1 !== first) return false
  if (context.stem(first) !== CLAIM) return false
  const last = Math.min(content.last, content.start + LONGEST_PREMODIFIERS)
  for (let t = content.start; t <= last; t++) {
    if (ENTITLEMENTS.has(context.lower(t) ?? '')) return endsTheObject(context, first, t)
    if (!BEFORE_THE_NOUN.has(context.pos(t) ?? '')) return false
  }
  return false
}

/**
 * Whether the noun of a due ends "claim"'s object: after a finite "claimed" a verb or "of" next makes the noun a
 * clause's subject ('claimed the benefits of the plan were clear', 'claimed damages had been caused'); after
 * "claiming" the verb next is the sentence's own ('those claiming asylum will be sent home').
 */
function endsTheObject(context: StatementContext, first: number, noun: number): boolean {
  if ((context.lower(first) ?? '').endsWith('ing')) return true
  const next = noun + 1
  return !VERB_POS.has(context.pos(next) ?? '') && context.lower(next) !== 'of'
}
