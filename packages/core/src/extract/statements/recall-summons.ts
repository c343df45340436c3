import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Prepositions after a passive "recalled" that say where to or by whom one was called back ('recalled to the
// squad', 'recalled from Paris', 'recalled by the board'). A closed class.
const SUMMONED = new Set(['to', 'from', 'by'])

// What follows a name recalled as a summons: 'recalled Ann Lee for the game', 'recalled Lee to the squad'. No ',' or
// 'and': 'recalled Ann Lee, who had inspired him' and 'recalled Lee and his wit' are memories. A closed class.
const AFTER_RECALLED = new Set(['for', 'to', 'from', 'over', 'after', 'because', '.'])

// Words of a passive before "recalled to/from" ('was recalled to the squad'); 'recalled to reporters that…' is a
// memory told. A closed class.
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', ','])

// Nouns of goods or people counted when recalled ('recalled 20,000 cars', 'recalling three players'); 'recalled two
// occasions' is a memory. A closed class of the things a firm or a side calls back.
const CALLED_BACK = new Set(
  'cars vehicles products units models devices phones batteries items players ambassadors diplomats envoys troops'.split(
    ' ',
  ),
)

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
  if (word === 'recalled' && SUMMONED.has(next))
    return next === 'by' ? context.lower(first - 1) !== 'as' : passive(context, first)
  const { content } = draft
  if (content.start !== first + 1) return false
  if (context.pos(content.start) === 'NUM' || NUMBERS.has(next))
    return countsGoods(context, content.start + 1)
  // A name recalled: capitalised words, then a reason, a destination or the clause's end ('Ann Lee's words' is not).
  let t = content.start
  while (t <= content.last && context.shape(t)?.startsWith('X') && context.isWord[t] === 1) t++
  if (t === content.start) return false
  return t > content.last || AFTER_RECALLED.has(context.lower(t) ?? '')
}

/** Whether a passive (or an aside's comma) stands before "recalled", past one adverb ('was recently recalled to'). */
function passive(context: StatementContext, first: number): boolean {
  const before = context.pos(first - 1) === 'R' ? first - 2 : first - 1
  return PASSIVE.has(context.lower(before) ?? '')
}

/** Whether a noun of goods or people follows a number, past one adjective ('20,000 faulty cars', 'three players'). */
function countsGoods(context: StatementContext, t: number): boolean {
  const u = context.pos(t) === 'J' ? t + 1 : t
  return CALLED_BACK.has(context.lower(u) ?? '')
}
