import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import { BE_FORMS } from './lexicon.ts'

// The verbs of the idiom of identity: 'who they say they are', 'what it claims it is'.
const CLAIM_FORMS = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed'])
const WH = new Set(['who', 'what'])
const PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they'])
// What may end the idiom's clause: punctuation, or a word that opens the next clause.
const CLAUSE_ENDS = new Set(['.', ',', ';', ':', '?', '!', ')', 'and', 'or', 'but', 'when', 'while', 'if'])

/**
 * Whether a cue is "say" or "claim" in the idiom of identity, which reports no words: 'to check that a caller is who
 * they say they are', 'the product is not what it claims it is'. A content after the second pronoun's verb ('what
 * they say they need') is words reported and stays.
 * @example isIdentityIdiom(context, cue) // true for "say" in "is who they say they are."
 */
export function isIdentityIdiom(context: StatementContext, cue: Cue): boolean {
  const { lower } = context
  if (cue.end - cue.start !== 1 || !CLAIM_FORMS.has(lower(cue.start) ?? '')) return false
  if (!PRONOUNS.has(lower(cue.start - 1) ?? '') || !WH.has(lower(cue.start - 2) ?? '')) return false
  if (!PRONOUNS.has(lower(cue.end) ?? '') || !BE_FORMS.has(lower(cue.end + 1) ?? '')) return false
  const next = lower(cue.end + 2)
  return (
    next === undefined ||
    CLAUSE_ENDS.has(next) ||
    context.sentenceOf[cue.end + 2] !== context.sentenceOf[cue.end]
  )
}
