import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

// Nouns for what an act goes by, never who speaks (not "customs": "seized, according to customs" names the agency): "according to his wishes", "according to tradition", "shared
// according to need". After "according to" they mean "in line with", so no one's words are reported.
const NORMS = new Set('wish wishes tradition traditions custom taste tastes need needs merit'.split(' '))
// Nouns that mean "in line with" only bare, with no determiner: "went according to plan", "ran according to
// schedule"; "according to the plan, 500 posts go" gives what a document says.
const BARE_NORMS = new Set(['plan', 'schedule', 'script'])

// Verbs of how one acts or is run, which "according to" right after them qualifies: "they operate according to a
// code", "free to act according to their interest", "the games are run according to local rules".
const CONDUCT = new Set('operate act behave live run conduct proceed'.split(' ').map(stemWord))

// What ends a source's head noun: "the wishes of the club", "families in need", "staff at the mill".
const PREPOSITIONS = new Set('of in for with from at on by to near'.split(' '))

/**
 * Whether a draft's cue is "according to" and its source names what something goes by, not a speaker: "There was
 * no wake, according to her wishes", "according to tradition", "went according to plan", or it follows a verb of
 * conduct with no comma between ("they operate according to a code"). The head of the source is
 * the word before its first preposition ("the wishes of his family", "families in need") or its last word.
 * @example followsANorm(context, draft) // true for "There was no wake, according to her wishes."
 */
export function followsANorm(context: StatementContext, draft: StatementDraft): boolean {
  const { cue, source } = draft
  if (!source || context.lower(cue.start) !== 'according' || context.lower(cue.start + 1) !== 'to')
    return false
  if (cue.start > 0 && CONDUCT.has(context.stem(cue.start - 1) ?? '')) return true
  let head = source.last
  for (let t = source.start + 1; t <= source.last; t++)
    if (PREPOSITIONS.has(context.lower(t) ?? '')) {
      head = t - 1
      break
    }
  const noun = context.lower(head) ?? ''
  if (NORMS.has(noun)) return true
  return BARE_NORMS.has(noun) && source.start === source.last
}
