import type { Span } from '../schemas/span.ts'
import { TRAILER_LINE } from './patterns.ts'

/**
 * Finds where the article proper ends: before the last paragraphs, when every one of them is site furniture.
 * @example findTrailerStart(view, paragraphs) // index of the first trailer paragraph, or paragraphs.length
 */
export function findTrailerStart(view: string, paragraphs: readonly Span[]): number {
  let first = paragraphs.length
  while (first > 1) {
    const paragraph = paragraphs[first - 1] as Span
    const line = view.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 200))
    if (!TRAILER_LINE.test(line)) break
    first--
  }
  return first
}
