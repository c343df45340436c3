import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { guessPos } from './pos.ts'

/**
 * Whether a cue with no one named is an infinitive after an adjective ('it is hard to predict how…', 'too early to
 * say whether…', 'even harder to tell who…'): the writer weighing what could be said, not anyone saying it. 'She was
 * keen to stress…' names its speaker and stays.
 * @example judgesWhatCouldBeSaid(context, draft, first) // true for "predict" in "It is hard to predict how it ends"
 */
export function judgesWhatCouldBeSaid(
  context: StatementContext,
  draft: StatementDraft,
  first: number,
): boolean {
  const { source } = draft
  const adjective = first - 2
  if (context.lower(first - 1) !== 'to') return false
  // The tagger may take a comparative for a noun and make it the source ('harder'): that is no one named either.
  if (source && !(source.start === adjective && source.last === adjective)) return false
  return context.pos(adjective) === 'J' || isComparative(context.lower(adjective) ?? '')
}

/** Whether a word is an adjective's comparative: 'harder', 'easier', 'safer' (the tagger guesses such words nouns). */
function isComparative(word: string): boolean {
  if (!word.endsWith('er')) return false
  const bases = [word.slice(0, -2), `${word.slice(0, -3)}y`, word.slice(0, -1)]
  return bases.some((base) => base.length > 2 && guessPos(base, base, false) === 'J')
}
