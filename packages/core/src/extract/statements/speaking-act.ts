import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'
import { VERB_POS } from './verb-pos.ts'

// Verbs of speaking whose bare object is a language, a length or a turn, never the words ('spoke no English',
// 'speaks three languages', 'spoke for an hour', 'spoke their piece').
const SPEAKING = new Set(['speak', 'spoke', 'spoken', 'speaking', 'talk', 'talked', 'talking'].map(stemWord))
// Words after the verb that open such an object: a length ('for an hour').
const LENGTH = new Set(['for'])

// Verbs whose object with "to" after it is an event passed on to someone, not words ('reported the theft to police').
const PASSING_ON = new Set(['report', 'reported', 'reporting', 'reports'].map(stemWord))

/**
 * Whether a draft reports an event passed on to someone: "reported" with a noun phrase right after it, no verb, and
 * "to" with someone after it ('the hospital reported the incident to the police', 'reported the attack to
 * officials'), an act where 'reported a rise to £5m' gives a figure and 'reported that…' the words.
 * @example passesOnAnEvent(context, draft, first) // true for "reported" in "She reported the theft to police."
 */
export function passesOnAnEvent(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content } = draft
  if (draft.mode !== 'indirect' || !PASSING_ON.has(context.stem(first) ?? '')) return false
  if (content.start !== cue.end || cue.end - 1 !== first) return false
  if (context.lower(content.start) === 'that') return false
  for (let t = content.start; t <= content.last; t++) if (VERB_POS.has(context.pos(t) ?? '')) return false
  for (let t = content.start; t <= content.last + 1 && t < context.tokens.length; t++) {
    if (context.lower(t) !== 'to') continue
    const next = t + 1
    return context.isWord[next] === 1 && context.pos(next) !== 'NUM' && context.pos(next) !== 'V'
  }
  return false
}

/**
 * Whether a draft reports speaking as an act or a skill with no words given: a verb of speaking whose content is a
 * noun phrase right after it or after "for", with no verb and no quote ('She spoke no English', 'He spoke for an
 * hour'). Topics ('spoke about the plan') and quotes ('spoke: "…"') are left to the other checks.
 * @example speaksWithoutWords(context, draft, first) // true for "spoke" in "He spoke for an hour."
 */
export function speaksWithoutWords(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, content } = draft
  if (draft.mode !== 'indirect' || !SPEAKING.has(context.stem(first) ?? '')) return false
  if (content.start !== cue.end) return false
  const last = cue.end - 1
  if (last !== first && !(last === first + 1 && LENGTH.has(context.lower(last) ?? ''))) return false
  for (let t = content.start; t <= content.last; t++) if (VERB_POS.has(context.pos(t) ?? '')) return false
  return true
}
