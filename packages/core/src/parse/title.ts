import type { Span } from '../schemas/span.ts'
import type { Line } from './lines.ts'
import { CONTINUING, SENTENCE_END, STATEMENT_END } from './patterns.ts'

const MAX_TITLE_LENGTH = 300

// A first line of prose this long that ends like a sentence is a lead sentence, not a headline: headlines run to a
// dozen or so words, even those written as a sentence with a full stop, and a news lead to twenty or thirty.
const LEAD_WORDS = 20

/**
 * Finds the headline: the first line, when more text follows it, it is short, and it reads like a headline
 * (a blank line after it, or no sentence-ending period), and is not a sentence of prose.
 * @example findTitle(view, lines) // { start: 0, end: 55 } or null
 */
export function findTitle(view: string, lines: readonly Line[]): Span | null {
  const [first, second] = lines
  if (!first || !second) return null
  const line = view.slice(first.start, first.end)
  if (line.length > MAX_TITLE_LENGTH) return null
  const words = line.split(' ').filter(Boolean).length
  if (words > 40) return null
  if (
    STATEMENT_END.test(line) &&
    readsLikeProse(line) &&
    (continuesInto(view, first, second) || words >= LEAD_WORDS)
  )
    return null
  if (first.blankAfter) return { start: first.start, end: first.end }
  return SENTENCE_END.test(line) ? null : { start: first.start, end: first.end }
}

/**
 * Whether the line after the first reads on from it: a line that does not follow a blank line (wrapped prose), or
 * one that opens with a pronoun or a connective. A headline and a dek are followed by a fresh start ("The rocky
 * island of Redonda …"), a lead sentence by its continuation.
 */
function continuesInto(view: string, first: Line, second: Line): boolean {
  return !first.blankAfter || CONTINUING.test(view.slice(second.start, second.start + 12))
}

// Short words a headline in title case capitalizes no more than prose does.
const MINOR = new Set('a an and as at but by for from in into of on or over the to up with'.split(' '))

/**
 * Whether a line that ends like a sentence is prose rather than a headline: a dozen words or more, most of them
 * (past the first) in lower case. "Stealth Over Health: Clinton Was Headed to ER." is a headline.
 */
function readsLikeProse(line: string): boolean {
  const words = line.split(' ').filter((word) => /^[\p{L}]/u.test(word))
  if (words.length < 12) return false
  const rest = words.slice(1).filter((word) => !MINOR.has(word.toLowerCase()))
  const capitalized = rest.filter((word) => word.charAt(0) !== word.charAt(0).toLowerCase()).length
  return capitalized <= rest.length * 0.4
}
