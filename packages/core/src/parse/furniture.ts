import type { Line } from './lines.ts'
import { BYLINE_LINE, FURNITURE_LINE } from './patterns.ts'

// Furniture is short: a longer line that starts like it ("Sign up for…") is prose.
const MAX_FURNITURE_LENGTH = 160

/**
 * Drops the lines a page puts around and inside an article that are no part of it: newsletter and app prompts
 * ("Subscribe to our Telegram channel", "Sign up here"), comment forms ("Please enter your comment!"), credit
 * and caption lines ("Photo: VCG", "Image copyright Getty Images"), copyright lines, bylines and lone wire
 * prefixes ("OREANDA-NEWS."). The line before a dropped one ends its paragraph, so text on either side stays apart.
 * @example dropFurniture(view, lines).length // lines.length, less the furniture
 */
export function dropFurniture(view: string, lines: readonly Line[]): Line[] {
  const kept: Line[] = []
  for (const line of lines) {
    const text = view.slice(line.start, line.end)
    if (text.length <= MAX_FURNITURE_LENGTH && (FURNITURE_LINE.test(text) || BYLINE_LINE.test(text))) {
      const previous = kept.at(-1)
      if (previous) previous.blankAfter = true
      continue
    }
    kept.push(line)
  }
  return kept
}
