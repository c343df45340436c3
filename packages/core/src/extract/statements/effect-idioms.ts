import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

const ADD = stemWord('add')
const TALK = stemWord('talk')

// Words that end the object of "talked … into/out of": one or two words for the one persuaded ('talked him
// into', 'talked the board out of'). A closed class.
const PERSUADED_INTO = new Set(['into', 'out'])

// Nouns of what grows when something is "added to" it ('added to speculation', 'added to fears that…', 'adds to
// the pressure on…'), where 'added to the magazine' names a listener. A closed class.
const GROWING = new Set(
  'speculation fears fear concerns concern worries pressure woes doubts doubt confusion uncertainty tension tensions problems misery anger suspicion suspicions hopes momentum gloom'.split(
    ' ',
  ),
)

/**
 * Whether a cue is a verb of speech in an idiom of effect, which reports no one's words: "added to" a noun ('has added
 * to speculation linking her with…', 'added to fears that…': the subject made them grow; the fears are others'),
 * "talked" someone "into" or "out of" a deed ('talked him into staying': persuaded, the words not given), or the noun
 * "talking point" ('has been the main talking point of the season'). 'added that…', 'added to the magazine', 'talked about the plan' stay.
 * @example isEffectIdiom(context, draft, first) // true for "added" in "The news added to fears that it will close."
 */
export function isEffectIdiom(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content } = draft
  for (let t = cue.start; t < cue.end; t++) {
    if (context.lower(t) === 'talking' && context.lower(t + 1)?.startsWith('point')) return true
  }
  const stem = context.stem(first) ?? ''
  if (stem === ADD) return context.lower(first + 1) === 'to' && growsAfter(context, first + 2)
  if (stem !== TALK || first + 1 !== content.start) return false
  for (let t = first + 2; t <= Math.min(first + 4, content.last); t++) {
    if (PERSUADED_INTO.has(context.lower(t) ?? '')) return true
  }
  return false
}

// Tags of the words between "to" and a noun of what grows ('to the mounting pressure', 'to already high tensions').
const BEFORE_NOUN_POS = new Set(['D', 'J', 'S', 'VG', 'R'])

/**
 * Whether a noun of what grows heads the phrase at t, with only determiners and modifiers before it ('to speculation',
 * 'to the mounting pressure'); 'to reporters that concerns…' names a listener.
 */
function growsAfter(context: StatementContext, t: number): boolean {
  for (let u = t; u < t + 3; u++) {
    const word = context.lower(u) ?? ''
    if (GROWING.has(word)) return true
    if (word === 'that' || !BEFORE_NOUN_POS.has(context.pos(u) ?? '')) return false
  }
  return false
}
