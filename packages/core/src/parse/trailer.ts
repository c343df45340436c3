import type { Span } from '../schemas/span.ts'

// Lines that sites append after an article: comment forms, share and subscribe blocks, tag lists.
const TRAILER_LINE =
  /^(?:leave a (?:reply|comment)|(?:your )?email address will not be published|required fields are marked|share(?: this)?(?: article| story)?:?$|share on (?:facebook|twitter|x|linkedin|whatsapp)|click to (?:share|print|email)|like this:?$|related(?: posts| articles| stories)?:?$|subscribe(?: to| now|$)|sign up for|follow us on|tags?:|filed under|posted in|advertisement$|comments?:?$|\d+ comments?$|print this|email this|read more:?$|you may also like|recommended for you|copyright ©|© \d{4}|all rights reserved)/i

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
