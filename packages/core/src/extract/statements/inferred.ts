import type { StatementContext } from './context.ts'
import { reportingClass } from './lexicon.ts'
import { stemWord } from './stem.ts'

// Verbs of evidence whose participle after a comma draws a conclusion from the clause before it: "Prices fell,
// suggesting that demand is weak", "…, indicating that", "…, meaning that", "…, showing that", "…, signalling".
const EVIDENTIAL = new Set('suggest indicate imply mean show signal'.split(' ').map(stemWord))

/**
 * Whether a cue is a participle of evidence after a comma that concludes from an event, not from words: the clause
 * before it reports no speech ("Sales rose after the launch, suggesting that demand is strong"), so no one says
 * what the participle draws. After a clause of speech the participle goes on with it ("He spoke, suggesting that…",
 * '"We won," she said, indicating that…').
 * @example infersFromAnEvent(context, draft.cue.start, first) // true for "Ice melts, indicating that…"
 */
export function infersFromAnEvent(context: StatementContext, start: number, first: number): boolean {
  if (first !== start || !(context.lower(first) ?? '').endsWith('ing')) return false
  if (!EVIDENTIAL.has(context.stem(first) ?? '') || context.lower(first - 1) !== ',') return false
  const sentence = context.sentenceOf[first]
  for (let t = first - 2; t >= 0 && context.sentenceOf[t] === sentence; t--) {
    if ((context.quoteOf[t] ?? -1) !== -1) return false
    if (reportingClass(context.stem(t) ?? '') === 'speech') return false
  }
  return true
}
