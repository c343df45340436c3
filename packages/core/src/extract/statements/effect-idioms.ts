import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

const ADD = stemWord('add')
const TALK = stemWord('talk')

// Words that end the object of "talked … into/out of": one or two words for the one persuaded ('talked him
// into', 'talked the board out of'). A closed class.
const PERSUADED_INTO = new Set(['into', 'out'])

// Nouns of those spoken to after "added to" ('added to reporters that…'). A closed class.
const LISTENERS = new Set(['reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'mps'])

/**
 * Whether a cue is a verb of speech in an idiom of effect, which reports no one's words: "added to" a noun ('has added
 * to speculation linking her with…', 'added to fears that…': the subject made them grow; the fears are others'),
 * "talked" someone "into" or "out of" a deed ('talked him into staying': persuaded, the words not given), or the noun
 * "talking point" ('has been the main talking point of the season'). 'added that…', 'talked about the plan' stay.
 * @example isEffectIdiom(context, draft, first) // true for "added" in "The news added to fears that it will close."
 */
export function isEffectIdiom(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content } = draft
  for (let t = cue.start; t < cue.end; t++) {
    if (context.lower(t) === 'talking' && context.lower(t + 1)?.startsWith('point')) return true
  }
  const stem = context.stem(first) ?? ''
  // 'added to reporters that…' would name a listener; the idiom's noun is a thing ('to speculation', 'to fears').
  if (stem === ADD) return context.lower(first + 1) === 'to' && !LISTENERS.has(context.lower(first + 2) ?? '')
  if (stem !== TALK || first + 1 !== content.start) return false
  for (let t = first + 2; t <= Math.min(first + 4, content.last); t++) {
    if (PERSUADED_INTO.has(context.lower(t) ?? '')) return true
  }
  return false
}
