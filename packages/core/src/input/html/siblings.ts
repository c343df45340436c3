import { SPACE_RUN, WORD_BOUNDARY } from '../patterns.ts'
import type { ProseLengths } from './content.ts'
import { wordSet } from './tags.ts'
import type { MarkupElement } from './tree.ts'

// How many levels above the content root a part of the article may sit (a lead in the header row of a grid).
// A level counts only when something beside it holds text: wrappers whose other children are empty (an anchor, an
// ad slot not yet filled) are climbed for free.
const MAX_LEVELS = 3
// A sibling is part of the article when it holds this much prose...
const MIN_SIBLING_PROSE = 60
// ...and prose is at least this share of its text (teaser lists are mostly short link lines).
const MIN_PROSE_SHARE = 0.8
// Siblings bring at most this share of the root's own prose: a lead or a note, not a second article.
const MAX_GAIN = 0.5

// The words of a page grid's classes (Bootstrap's "col-md-6", "row", "container"): boxes so named are cells.
const GRID_WORDS = wordSet(
  'col cols column columns row rows grid cell container wrapper wrap inner outer xs sm md lg xl xxl span offset ' +
    'clearfix clear fluid flex left right first last odd even is',
)

/** The content root widened to the parts of the article beside it, and the siblings passed over. */
export interface WidenedContent {
  top: MarkupElement
  leftOut: Set<MarkupElement>
}

/**
 * Widens the content root to the parts of the article that sit beside it, as Readability appends a top
 * candidate's siblings: a lead paragraph above the body's container, an editor's note below it. Climbing at most
 * MAX_LEVELS ancestors with text beside them and never above `body`, it takes in the siblings that are prose, and
 * near the root those of the same kind as the box climbed from (the same tag and classes, not only grid cells: a
 * recipe's ingredients box beside its method box, short lines that are not prose but are the article's), and
 * leaves out the others; beyond the first MAX_LEVELS ancestors, only those before the root (a lead set above the
 * column: what follows that far out is the site's notes and disclaimers).
 * @example widenContent(root, body, lengths).top // the article element holding the lead and the body
 */
export function widenContent(
  root: MarkupElement,
  body: MarkupElement,
  { prose, text }: ProseLengths,
): WidenedContent {
  const budget = (prose.get(root) ?? 0) * MAX_GAIN
  let gained = 0
  let top = root
  const leftOut = new Set<MarkupElement>()
  const passed: MarkupElement[] = []
  let node = root
  let climbed = 0
  for (let level = 0; level < MAX_LEVELS && node !== body && node.parent; ) {
    const parent: MarkupElement = node.parent
    const taken: MarkupElement[] = []
    const near = ++climbed <= MAX_LEVELS
    let before = true
    let textBeside = false
    for (const child of parent.children) {
      if (child === node) before = false
      if (child.kind !== 'element' || child === node) continue
      const own = prose.get(child) ?? 0
      const all = text.get(child) ?? 0
      if (all > 0) textBeside = true
      if ((near || before) && own >= MIN_SIBLING_PROSE && own >= all * MIN_PROSE_SHARE) taken.push(child)
      else if (near && all > 0 && sameBox(child, node)) taken.push(child)
      else passed.push(child)
    }
    const gain = taken.reduce((sum, child) => sum + (prose.get(child) ?? 0), 0)
    if (gained + gain > budget) break
    gained += gain
    if (taken.length > 0) {
      top = parent
      for (const child of passed) leftOut.add(child)
      passed.length = 0
    }
    node = parent
    if (textBeside) level++
  }
  return { top, leftOut }
}

function sameBox(a: MarkupElement, b: MarkupElement): boolean {
  const classes = boxClasses(a)
  return a.name === b.name && classes.some(isComponentClass) && classes.join(' ') === boxClasses(b).join(' ')
}

function boxClasses(element: MarkupElement): string[] {
  return (element.attributes.get('class') ?? '').split(SPACE_RUN).filter(Boolean).sort()
}

// Whether a class names a kind of box ("m022-accordion", "recipe-part"), not a cell of the page's grid
// ("col-xs-12", "row"), which every column of a page shares.
function isComponentClass(name: string): boolean {
  return name
    .split(WORD_BOUNDARY)
    .some((word) => word !== '' && !GRID_WORDS.has(word.toLowerCase()) && !/^\d+$/.test(word))
}
