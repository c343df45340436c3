import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Prepositions after a passive "recalled" that say where to or by whom one was called back ('recalled to the
// squad', 'recalled from Paris', 'recalled by the board'). A closed class.
const SUMMONED = new Set(['to', 'from', 'by'])

// What follows a name or a number recalled as a summons or a product: 'recalled Ann Lee for the game', 'recalled
// 20,000 cars over a fault', 'recalled Lee to the squad'. A closed class.
const AFTER_RECALLED = new Set(['for', 'to', 'from', 'over', 'after', 'because', ',', '.', 'and'])

// Number words that count those called back ('recalling three players'). A closed class.
const NUMBERS = new Set('two three four five six seven eight nine ten eleven twelve'.split(' '))

/**
 * Whether a "recall" cue calls someone back or takes goods back, not memory put in words: the passive with where to,
 * from where or by whom ('was recalled to the squad', 'Recalled by the board for his spending, Reed…', 'Mr Ode,
 * recalled from Paris, said…'), or an object that is a number or a bare name before a reason or a destination ('Wales
 * recalled Ann Lee for the game', 'The firm recalled 20,000 cars over a fault'). 'He recalled that…', 'recalled how…',
 * 'recalled the day…' and 'as recalled by a neighbour' stay.
 * @example callsBack(context, draft, first) // true for "recalled" in "Wales recalled Ann Lee for the game."
 */
export function callsBack(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const word = context.lower(first) ?? ''
  if (!word.startsWith('recall') || draft.mode !== 'indirect') return false
  const next = context.lower(first + 1) ?? ''
  if (word === 'recalled' && SUMMONED.has(next)) return context.lower(first - 1) !== 'as'
  const { content } = draft
  if (content.start !== first + 1) return false
  if (context.pos(content.start) === 'NUM' || NUMBERS.has(next)) return true
  // A name recalled: capitalised words, then a reason, a destination or the clause's end ('Ann Lee's words' is not).
  let t = content.start
  while (t <= content.last && context.shape(t)?.startsWith('X') && context.isWord[t] === 1) t++
  if (t === content.start) return false
  return t > content.last || AFTER_RECALLED.has(context.lower(t) ?? '')
}
