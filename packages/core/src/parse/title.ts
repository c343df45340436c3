import type { Span } from '../schemas/span.ts'
import type { Line } from './lines.ts'
import { SENTENCE_END } from './patterns.ts'

const MAX_TITLE_LENGTH = 300

/**
 * Finds the headline: the first line, when more text follows it, it is short, and it reads like a headline
 * (a blank line after it, or no sentence-ending period).
 * @example findTitle(view, lines) // { start: 0, end: 55 } or null
 */
export function findTitle(view: string, lines: readonly Line[]): Span | null {
  const [first, second] = lines
  if (!first || !second) return null
  const line = view.slice(first.start, first.end)
  if (line.length > MAX_TITLE_LENGTH) return null
  const words = line.split(' ').filter(Boolean).length
  if (words > 40) return null
  if (first.blankAfter) return { start: first.start, end: first.end }
  return SENTENCE_END.test(line) ? null : { start: first.start, end: first.end }
}
