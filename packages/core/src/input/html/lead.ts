import { TRAILING_ELLIPSIS } from '../patterns.ts'
import { collectBlocks } from './blocks.ts'
import { isFurnitureElement } from './boilerplate.ts'
import { hasNameWord } from './query.ts'
import type { MarkupElement } from './tree.ts'

// A description and a block are the same text when they begin alike over this many characters (or the whole of
// the shorter, when it is at least MIN_LEAD long): descriptions are often cut short, leads run on.
const MIN_LEAD = 40
const COMPARED = 80
// A block that shares this many first characters with the description is the lead it was written from: a
// description is often the standfirst with its last clause edited ("…Stattdessen kam…" for "…Stattdessen musste…").
const MIN_SHARED = 60
const MAX_LINK_DENSITY = 0.5

/**
 * The article's lead when it sits outside the content root: many pages set their standfirst in a header band
 * above the body's column, where the content root does not reach. It is the block outside furniture by tag, role
 * or visibility, not mostly links, whose text begins as the page's description (og:description) does, when the
 * paragraphs do not already hold it. Class names are not asked: a block the description repeats is the article's,
 * whatever its box is called ("hero-teaser", "caption-large" as a type size).
 * @example findLead(body, top, 'Ministers clash over levies…', paragraphs) // 'Ministers clash over levies as…'
 */
export function findLead(
  body: MarkupElement,
  top: MarkupElement,
  description: string | undefined,
  paragraphs: readonly string[],
): string | undefined {
  if (description === undefined || top === body) return undefined
  const summary = comparable(description)
  if (summary.length < MIN_LEAD) return undefined
  const blocks = collectBlocks(body, (element) => isFurnitureElement(element) && !isHeader(element))
  for (const block of blocks) {
    if (block.linkLength > block.text.length * MAX_LINK_DENSITY) continue
    const text = comparable(block.text)
    const compared = Math.min(COMPARED, text.length, summary.length)
    if (compared < MIN_LEAD || sharedStart(text, summary, compared) < Math.min(compared, MIN_SHARED)) continue
    // A body that opens with the lead's first sentence and goes on otherwise still lacks the lead's rest.
    return paragraphs.some((paragraph) => paragraph.includes(block.text)) ? undefined : block.text
  }
  return undefined
}

// A page's or an article's header: furniture as a rule (the site's banner), but the place where many pages set the
// standfirst, above the body's column; the furniture inside it (a menu, a share bar) stays left out.
function isHeader(element: MarkupElement): boolean {
  return element.name === 'header' || hasNameWord(element, HEADER_WORDS)
}

const HEADER_WORDS = new Set(['header'])

// How many characters two texts share from their start, up to `limit`.
function sharedStart(a: string, b: string, limit: number): number {
  let i = 0
  while (i < limit && a[i] === b[i]) i++
  return i
}

function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(TRAILING_ELLIPSIS, '').toLowerCase()
}
