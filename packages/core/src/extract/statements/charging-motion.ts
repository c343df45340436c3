import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

const CHARGE = stemWord('charge')
// Words after "charge" that make it a rush, not an accusation: "charging forward against rivals", "charged into the
// hall", "charged ahead with the plan". A closed class.
const MOTION = new Set(
  'forward forwards ahead onward onwards past through toward towards down into across'.split(' '),
)

/**
 * Whether the cue word at token `first` is "charge" as a rush forward, no words given: "is charging forward against its rivals",
 * "charged into the hall", "charged ahead with the plan". "charged that the plan was flawed" and "charged him with
 * fraud" stay (an accusation, or what a court hears).
 * @example rushesForward(context, first) // true for "She is charging forward against her rivals."
 */
export function rushesForward(context: StatementContext, first: number): boolean {
  return context.stem(first) === CHARGE && MOTION.has(context.lower(first + 1) ?? '')
}
