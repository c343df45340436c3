import type { StatementContext } from './context.ts'
import { AUXILIARIES, BE_FORMS } from './lexicon.ts'

// Participles of making a text: with "by" after them they name its author ('essays written by students'). A closed
// class.
const AUTHORING = new Set(['written', 'authored', 'penned', 'drafted', 'compiled', 'edited', 'co-written'])

/**
 * Whether a cue's word is a participle of writing that modifies a noun, its author after "by" ('many essays, written
 * by students', 'a book penned by a former spy'): it says who made a text, not what anyone said in it.
 * @example namesAnAuthor(context, first) // true for "written" in "The essays, written by students, …"
 */
export function namesAnAuthor(context: StatementContext, first: number): boolean {
  if (!AUTHORING.has(context.lower(first) ?? '') || context.lower(first + 1) !== 'by') return false
  // Adverbs and "not" may stand between the auxiliary and the participle ('was jointly written by', 'was not written by').
  let before = first - 1
  while (before > 0 && (context.pos(before) === 'R' || context.lower(before) === 'not')) before--
  return !isAuxiliary(context.lower(before) ?? '')
}

/**
 * Whether a word makes the participle after it the sentence's verb, not a noun's modifier: the perfect ('has written
 * by hand') and the passive ('"Home" was written by Lee', where the text's words may follow as its content).
 */
function isAuxiliary(word: string): boolean {
  return BE_FORMS.has(word) || AUXILIARIES.has(word) || CONTRACTED_HAVE.has(word)
}

// Contracted and participial forms of "have" that AUXILIARIES does not hold ('it's written by', 'having written').
const CONTRACTED_HAVE = new Set(["'s", "'ve", "'d", 'having'])
