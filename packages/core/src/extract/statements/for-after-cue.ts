import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import { AUXILIARIES, NEGATIONS } from './lexicon.ts'

// Verbs of asking whose "for" heads what was asked: "is asking for £3m", "called for an inquiry", "pressed for talks".
// The whole word, in any of its inflections: not a noun that starts like one ("pressure for", "campaigners for").
const FOR_VERBS =
  /^(?:(?:ask|call|appeal|press|push|plead|campaign|clamou?r)(?:s|es|ed|ing)?|lobby|lobbies|lobbied|lobbying|pled)$/

/**
 * Whether a word is a verb of asking whose "for" heads what was asked, in any inflection: "asks", "pressed",
 * "lobbying"; not a noun that starts like one ("pressure", "callers", "lobbyist").
 * @example isAskingForVerb('pressed') // true
 */
export function isAskingForVerb(word: string): boolean {
  return FOR_VERBS.test(word)
}

/**
 * Whether a cue is a verb of asking followed by "for", inside the cue or right after it: what was asked is the phrase
 * after "for", never the words before the cue ("The club is asking for £3m from the council": "The club" is the
 * source, "£3m from the council" the content). The ranker, trained mostly on clauses, takes the whole sentence or
 * its subject when a sum or a bare noun phrase follows.
 * @example forHeadsContent(context, cue) // true for "is asking for" in "The club is asking for £3m."
 */
export function forHeadsContent(context: StatementContext, cue: Cue): boolean {
  const { lower } = context
  const verb = lower(cue.end - 1) === 'for' ? cue.end - 2 : lower(cue.end) === 'for' ? cue.end - 1 : -1
  if (verb < cue.start || !isAskingForVerb(lower(verb) ?? '')) return false
  // Only auxiliaries and negations before the verb: not a cue that joins two verbs ("says asked for").
  for (let t = cue.start; t < verb; t++) {
    const word = lower(t) ?? ''
    if (!AUXILIARIES.has(word) && !NEGATIONS.has(word)) return false
  }
  return true
}
