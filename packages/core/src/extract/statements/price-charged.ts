import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

const CHARGE = stemWord('charge')

// Nouns of a price ('charged extra fees', 'charges rent'). A closed class.
const PRICES = new Set(
  'fee fees rent rents price prices interest vat tax taxes toll tolls fare fares commission'.split(' '),
)

// Tags of an indirect object with no determiner before a sum ('charged customers £5', 'charged them $10').
const RECIPIENT_POS = new Set(['N', 'P', 'PR'])

// Tags of the words of a noun phrase up to its head ('extra fees', 'the annual rent'); a verb ends it.
const PHRASE_POS = new Set(['D', 'J', 'N', 'P', 'NUM', 'S'])

// Tags of a finite verb after a noun, which makes it a clause's subject ('charged the fees were illegal').
const FINITE_POS = new Set(['V', 'VD', 'M'])

/**
 * Whether a "charge" draft asks a price, not an accusation: its object opens on a sum of money, or on an indirect
 * object then a sum ('charged customers £5 a month'), or is a noun phrase headed by a noun of a price that no finite
 * verb follows ('charges extra fees'). 'charged him with murder', 'charged that the firm had hidden its losses', 'charged
 * the tax cut was a giveaway' and 'charged the $5bn deal was corrupt' stay.
 * @example asksAPrice(context, draft, first) // true for "charged" in "The firm charged customers £5 a month."
 */
export function asksAPrice(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { content } = draft
  if (draft.mode !== 'indirect' || content.start !== first + 1 || context.stem(first) !== CHARGE) return false
  const start = content.start
  let t = start
  while (t <= content.last && RECIPIENT_POS.has(context.pos(t) ?? '')) t++
  if (isSum(context, start) || (t > start && isSum(context, t))) return true
  let head = ''
  for (t = start; t <= content.last && PHRASE_POS.has(context.pos(t) ?? ''); t++) {
    const word = context.lower(t) ?? ''
    if (word === 'that') return false
    head = word
  }
  return PRICES.has(head) && !FINITE_POS.has(context.pos(t) ?? '')
}

/** Whether the token at t opens a sum of money ('£5', '$10m'). */
function isSum(context: StatementContext, t: number): boolean {
  return /^[£$€]/.test(context.lower(t) ?? '')
}
