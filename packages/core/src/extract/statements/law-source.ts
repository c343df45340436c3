import type { StatementContext } from './context.ts'
import type { SourcePlace } from './source.ts'

// Nouns for a law or a part of one: a law's text is not speech (gold guidelines), whoever wrote it. A bill is a
// law's draft ("the bill proposes control orders"); the first name "Bill" is capitalized without "the" before it.
// Not "article" (also a newspaper's, written by someone).
const LAW_NOUNS = new Set(
  'law laws act statute statutes constitution treaty regulation regulations rulebook legislation directive amendment provision provisions charter bill bills'.split(
    ' ',
  ),
)
// Parts of a law named by a number: "Section 404", "Article 50", "clause 3".
const NUMBERED_PARTS = new Set(['section', 'article', 'clause', 'paragraph', 'subsection'])
// Parts of speech (see pos.ts) of the words up to the head: "the new tax law", "Section 404". A preposition or a verb
// ("the minister behind the law") makes the head someone else.
const HEAD_PHRASE = new Set(['D', 'J', 'N', 'NUM', 'P', 'R', 'VG'])
// Words a law's own name is written with between capitals: "the Freedom of Information Act".
const NAME_GLUE = new Set(['the', 'of', 'and', 'on', 'for'])

/**
 * Whether a source names only a law or a part of one: its head (the word before "of", or the last) is a law noun
 * ("the new law", "the legislation"), or a numbered part ("Section 404 of the Act"), or the whole source is a law's
 * name ("the Freedom of Information Act"). "The author of the law" heads on "author": someone who may speak.
 * @example namesOnlyLaw(context, { start: 0, last: 1 }) // true for "Section 404 calls for…"
 */
export function namesOnlyLaw(context: StatementContext, source: SourcePlace): boolean {
  // "the Crime and Police Bill": a law's name may join its words with "and", which no other head phrase may.
  if (context.lower(source.start) === 'the' && isLawName(context, source)) return true
  const head = headOf(context, source)
  for (let t = source.start; t < head; t++) if (!HEAD_PHRASE.has(context.pos(t) ?? '')) return false
  if (isNumberedPart(context, head)) return true
  // "David Laws said": a capitalized law noun is a law's name only after "the" ("the Clean Rivers Act").
  if (/^\p{Lu}/u.test(context.tokens[head]?.text ?? '') && context.lower(source.start) !== 'the') return false
  if (LAW_NOUNS.has(context.lower(head) ?? '')) return true
  return isLawName(context, source)
}

/** Whether the token is the number of "Section 404" or "Article 50". */
function isNumberedPart(context: StatementContext, t: number): boolean {
  return /^\d+[a-z]?$/i.test(context.tokens[t]?.text ?? '') && NUMBERED_PARTS.has(context.lower(t - 1) ?? '')
}

/** Whether the source is a law's name: capitalized words joined by "of" and the like, ending on a law noun. */
function isLawName(context: StatementContext, source: SourcePlace): boolean {
  if (!LAW_NOUNS.has(context.lower(source.last) ?? '')) return false
  for (let t = source.start; t <= source.last; t++) {
    const text = context.tokens[t]?.text ?? ''
    if (!/^\p{Lu}/u.test(text) && !NAME_GLUE.has(text.toLowerCase())) return false
  }
  return true
}

/** The head of a source: the word before its first "of" ("Section 404" of "Section 404 of the Act"), or its last. */
function headOf(context: StatementContext, source: SourcePlace): number {
  for (let t = source.start + 1; t <= source.last; t++) if (context.lower(t) === 'of') return t - 1
  return source.last
}
