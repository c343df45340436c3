import { collectBlocks, type TextBlock } from './blocks.ts'
import { type FurnitureTest, isCode } from './boilerplate.ts'
import { findElement, walkElements } from './query.ts'
import { HEADINGS, wordSet } from './tags.ts'
import type { MarkupElement } from './tree.ts'

// Blocks more than half link text are menus, tag lists and "read more" teasers, not prose.
const MAX_LINK_DENSITY = 0.5
// A semantic container (<article>, <main>) must hold at least this share of the page's prose to be trusted.
const MIN_SHARE = 0.25
const MIN_PROSE_BLOCK = 25
const MAX_CANDIDATES = 50
// Containers directly holding text, which count as their own container when scoring.
const CONTAINERS = wordSet('div section article main td body #document')

/**
 * Finds the element that holds the article's prose: the page's `itemprop=articleBody`, `<article>` or `<main>`
 * when it holds a fair share of the prose, else the container that the most prose paragraphs sit in
 * (the Readability idea, simplified). Page furniture is never a candidate.
 * @example findContentRoot(parseMarkup(html)).name // 'article'
 */
export function findContentRoot(document: MarkupElement, isFurniture: FurnitureTest): MarkupElement {
  const body = findElement(document, (element) => element.name === 'body') ?? document
  const pageProse = proseLength(collectBlocks(body, isFurniture))
  const groups = [
    (element: MarkupElement) =>
      (element.attributes.get('itemprop') ?? '').toLowerCase().split(' ').includes('articlebody'),
    (element: MarkupElement) => element.name === 'article',
    (element: MarkupElement) => element.name === 'main' || element.attributes.get('role') === 'main',
  ]
  for (const matches of groups) {
    const candidates = findOutsideFurniture(body, matches, isFurniture).slice(0, MAX_CANDIDATES)
    let best: MarkupElement | undefined
    let bestProse = 0
    for (const candidate of candidates) {
      const prose = proseLength(collectBlocks(candidate, isFurniture))
      if (prose > bestProse) [best, bestProse] = [candidate, prose]
    }
    if (best && bestProse >= pageProse * MIN_SHARE) return best
  }
  return scoreContainers(body, isFurniture) ?? scoreContainers(body, isCode) ?? body
}

/**
 * The article's paragraphs under the content root: its prose blocks, without the h1 and headings that repeat
 * the title, link lists, a byline line, trailing headings and repeats; `skip` leaves out furniture.
 * @example readParagraphs(root, { title: 'A title' }) // ['First paragraph.', 'Second paragraph.']
 */
export function readParagraphs(
  root: MarkupElement,
  known: { title?: string | undefined; byline?: string | undefined },
  skip: (element: MarkupElement) => boolean,
): string[] {
  const blocks = collectBlocks(root, skip)
  const title = known.title?.toLowerCase()
  const kept = blocks.filter((block) => {
    if (block.element.name === 'h1' || block.text.toLowerCase() === title) return false
    if (linkDensity(block) > MAX_LINK_DENSITY) return false
    return !(
      known.byline &&
      block.text.length < known.byline.length + 12 &&
      block.text.includes(known.byline)
    )
  })
  while (kept.length > 0 && isHeading(kept[kept.length - 1] as TextBlock)) kept.pop()
  return kept.map((block) => block.text).filter((text, index, texts) => text !== texts[index - 1])
}

function findOutsideFurniture(
  root: MarkupElement,
  matches: (element: MarkupElement) => boolean,
  isFurniture: FurnitureTest,
): MarkupElement[] {
  const found: MarkupElement[] = []
  walkElements(root, (element) => {
    if (matches(element)) found.push(element)
    return !isFurniture(element)
  })
  return found.filter((element) => !isFurniture(element))
}

// Each prose paragraph scores its container fully and the one above by half; the best container wins, and
// climbs one level when its parent scores nearly as well (prose split into several boxes by ads).
function scoreContainers(
  body: MarkupElement,
  skip: (element: MarkupElement) => boolean,
): MarkupElement | undefined {
  const scores = new Map<MarkupElement, number>()
  const add = (element: MarkupElement | null, score: number) => {
    if (element) scores.set(element, (scores.get(element) ?? 0) + score)
  }
  for (const block of collectBlocks(body, skip)) {
    if (block.text.length < MIN_PROSE_BLOCK || linkDensity(block) > MAX_LINK_DENSITY) continue
    const commas = block.text.split(',').length - 1
    const score = 1 + commas + Math.min(3, Math.floor(block.text.length / 100))
    const container = CONTAINERS.has(block.element.name) ? block.element : block.element.parent
    add(container, score)
    add(container?.parent ?? null, score / 2)
  }
  let best: MarkupElement | undefined
  let bestScore = 0
  for (const [element, score] of scores) {
    if (score > bestScore) [best, bestScore] = [element, score]
  }
  if (best?.parent && (scores.get(best.parent) ?? 0) >= bestScore * 0.75) best = best.parent
  return best
}

function proseLength(blocks: readonly TextBlock[]): number {
  let length = 0
  for (const block of blocks) if (linkDensity(block) <= MAX_LINK_DENSITY) length += block.text.length
  return length
}

function linkDensity(block: TextBlock): number {
  return block.text.length === 0 ? 0 : block.linkLength / block.text.length
}

function isHeading(block: TextBlock): boolean {
  return HEADINGS.has(block.element.name)
}
