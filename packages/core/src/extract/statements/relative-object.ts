import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { VERB_POS } from './verb-pos.ts'

// Relative pronouns that stand for a thing a cue's clause is about ('proposals which he has likened to…'). A closed
// class; "that" is left out, as it also opens the words said.
const RELATIVES = new Set(['which', 'whom'])

// Nouns of time that open a sentence before its subject ('Last week he said…', 'At the time she told…'): no head
// of a relative clause. A closed class.
const TIME_NOUNS = new Set(
  'year years week weeks month months day days time times morning afternoon evening night weekend decade hour moment'.split(
    ' ',
  ),
)

/**
 * Whether a cue sits in a relative clause on a thing, whose object is that thing and not words: the content opens
 * with "which" and holds the cue ('the proposals, which he has likened to a rescue plan'), or the source follows
 * the noun it qualifies with no "that" and the content opens with no clause ('a decision he disclosed in an
 * interview', 'the figures she quoted that showed a rise'). 'Last week he said the plan had failed' stays.
 * @example inRelativeOnAThing(context, draft) // true for "disclosed" in "a decision he disclosed in an interview"
 */
export function inRelativeOnAThing(context: StatementContext, draft: StatementDraft): boolean {
  const { cue, content, source } = draft
  if (
    RELATIVES.has(context.lower(content.start) ?? '') &&
    content.start < cue.start &&
    cue.end - 1 <= content.last
  )
    // 'which, critics say, is too small': a cue set off by commas vouches for the relative clause; so does one
    // right before a verb ('donations which he said were a bribe': "which" is the subject of the words said), or
    // "as", a judgment given ('the speech, which he described as a disgrace').
    return (
      !hasComma(context, content.start, cue.start) &&
      !VERB_POS.has(context.pos(cue.end) ?? '') &&
      context.lower(cue.end) !== 'as'
    )
  // A pronoun source only: 'fitness coach Joe Reed called on…' has a title before the name, no relative.
  if (!source || source.start !== source.last || context.pos(source.start) !== 'PR') return false
  if (content.start < cue.end || !opensNoClause(context, content.start)) return false
  const head = source.start - 1
  return context.pos(head) === 'N' && !TIME_NOUNS.has(context.lower(head) ?? '')
}

/** Whether a comma lies between tokens from and to (to left out). */
function hasComma(context: StatementContext, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (context.lower(t) === ',') return true
  return false
}

// Words tagged as prepositions that open a clause of words said ('asked whether…', 'said if…'). A closed class.
const CLAUSE_OPENERS = new Set(
  'whether if because although though while unless as since until before after than once'.split(' '),
)

/** Whether token t opens no clause of words said: a preposition ('in an interview'), or "that" right before a verb. */
function opensNoClause(context: StatementContext, t: number): boolean {
  const word = context.lower(t) ?? ''
  if (word === 'that') return VERB_POS.has(context.pos(t + 1) ?? '')
  return context.pos(t) === 'I' && !CLAUSE_OPENERS.has(word)
}
