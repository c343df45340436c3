import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

const CHARGE = stemWord('charge')

// Nouns of a price ('charged extra fees', 'charges rent'). A closed class.
const PRICES = new Set(
  'fee fees rent rents price prices interest vat tax taxes toll tolls fare fares commission'.split(' '),
)

/**
 * Whether a "charge" draft asks a price, not an accusation: its object, before any "with" or "that", holds a sum of
 * money or a noun of a price ('charged customers £5 a month', 'charges extra fees'). 'charged him with murder' and
 * 'charged that the firm had hidden its losses' stay.
 * @example asksAPrice(context, draft, first) // true for "charged" in "The firm charged customers £5 a month."
 */
export function asksAPrice(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { content } = draft
  if (draft.mode !== 'indirect' || content.start !== first + 1 || context.stem(first) !== CHARGE) return false
  for (let t = content.start; t <= Math.min(content.last, content.start + 5); t++) {
    const word = context.lower(t) ?? ''
    if (word === 'with' || word === 'that' || word === 'of') return false
    if (PRICES.has(word) || /^[£$€]/.test(word)) return true
  }
  return false
}
