import type { StatementContext } from './context.ts'

// Participles of making a text: with "by" after them they name its author ('essays written by students'). A closed
// class.
const AUTHORING = new Set(['written', 'authored', 'penned', 'drafted', 'compiled', 'edited', 'co-written'])

// Words before such a participle that make it the sentence's verb, not a noun's modifier: the perfect ('has written
// by hand') and the passive ('"Home" was written by Lee', where the text's words may follow as its content).
const VERB_BEFORE = new Set([
  'has',
  'have',
  'had',
  "'s",
  "'ve",
  "'d",
  'having',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
])

/**
 * Whether a cue's word is a participle of writing that modifies a noun, its author after "by" ('many essays, written
 * by students', 'a book penned by a former spy'): it says who made a text, not what anyone said in it.
 * @example namesAnAuthor(context, first) // true for "written" in "The essays, written by students, …"
 */
export function namesAnAuthor(context: StatementContext, first: number): boolean {
  if (!AUTHORING.has(context.lower(first) ?? '') || context.lower(first + 1) !== 'by') return false
  return !VERB_BEFORE.has(context.lower(first - 1) ?? '')
}
