import { walkElements } from './query.ts'
import { wordSet } from './tags.ts'
import type { MarkupElement } from './tree.ts'

/**
 * Words that name furniture in small boxes but layout wrappers in large ones ("l-sidebar-fixed" around the
 * article and its sidebar, "elementor-widget-text-editor" around the prose).
 */
export const LAYOUT_WORDS = wordSet('sidebar widget widgets share sharing social meta masthead')

// A cheap look at an element's class and id before its words are split out: most elements name no layout word.
const MAY_NAME_LAYOUT = new RegExp([...LAYOUT_WORDS].join('|'), 'i')

// A layout word whose boxes, taken together, hold this share (as much as a box no class name condemns) of the page's text is what the page is built of:
// a page builder that wraps every paragraph in a "widget" box, not a sidebar of widgets.
const BUILDING_SHARE = 0.4

/**
 * The layout words that name the page's building blocks rather than its furniture: the outermost boxes named by
 * each word (a box inside another of the same word counts once) hold BUILDING_SHARE of the page's text together.
 * One pass over the page in document order.
 * @example findBuildingWords(document, lengths, 1200, wordsOf) // Set { 'widget' }
 */
export function findBuildingWords(
  document: MarkupElement,
  textLengths: ReadonlyMap<MarkupElement, number>,
  pageLength: number,
  wordsOf: (element: MarkupElement) => readonly string[],
): Set<string> {
  const inside = new Map<MarkupElement, ReadonlySet<string>>()
  const totals = new Map<string, number>()
  const none: ReadonlySet<string> = new Set()
  walkElements(document, (element) => {
    const outer = (element.parent && inside.get(element.parent)) ?? none
    const names = `${element.attributes.get('class') ?? ''} ${element.attributes.get('id') ?? ''}`
    const own = MAY_NAME_LAYOUT.test(names)
      ? wordsOf(element).filter((word) => LAYOUT_WORDS.has(word) && !outer.has(word))
      : []
    if (own.length === 0) {
      if (outer.size > 0) inside.set(element, outer)
      return true
    }
    for (const word of new Set(own))
      totals.set(word, (totals.get(word) ?? 0) + (textLengths.get(element) ?? 0))
    inside.set(element, new Set([...outer, ...own]))
    return true
  })
  const building = new Set<string>()
  for (const [word, total] of totals)
    if (pageLength > 0 && total >= pageLength * BUILDING_SHARE) building.add(word)
  return building
}
