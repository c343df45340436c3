import type { TextBlock } from './blocks.ts'
import type { MarkupElement } from './tree.ts'

// How far above a block its box is looked for; bounds the walks so that they stay linear in the blocks.
const MAX_CLIMB = 6
// A furniture label is a short line ("Newsletter", "Über den Autor", "Schlagworte:")...
const MAX_LABEL = 60
// ...and its box a small part of the page's text: a box holding more is a column around the article.
const MAX_BOX_SHARE = 0.2
// A label with words after a colon is a line of its own ("Quelle: Statistisches Amt", "Lesezeit: 3 Min."), not
// the heading of what follows.
const COLON_THEN_TEXT = /:\s*\S/

/**
 * The blocks that a furniture label heads in a small box: the newsletter form under "Newsletter", the author's
 * bio under "About the author", the tag list under "Tags", the comment under "#1 Comment by Ann". The label's box
 * is its nearest ancestor holding another block; what follows the label in that box goes with it, unless the box
 * holds a fifth or more of the text (then it is the article's column, and the label only a line in it).
 * `isLabel` tells a line of site furniture.
 * @example findLabelledBlocks(blocks, isSiteLine) // Set { the block after <h3>Newsletter</h3> in its box }
 */
export function findLabelledBlocks(
  blocks: readonly TextBlock[],
  isLabel: (block: TextBlock, index: number) => boolean,
): Set<TextBlock> {
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0)
  // Blocks and text under each element, counted up to MAX_CLIMB levels above each block.
  const held = new Map<MarkupElement, { blocks: number; text: number }>()
  for (const block of blocks)
    for (const element of ancestorsOf(block.element)) {
      const counts = held.get(element) ?? { blocks: 0, text: 0 }
      counts.blocks++
      counts.text += block.text.length
      held.set(element, counts)
    }
  const labelled = new Set<TextBlock>()
  // Blocks before `reach` are labelled already: each block is walked to once, however many labels share a box.
  let reach = 0
  for (let i = 0; i < blocks.length; i++) {
    const label = blocks[i] as TextBlock
    if (label.text.length > MAX_LABEL || COLON_THEN_TEXT.test(label.text) || !isLabel(label, i)) continue
    const box = ancestorsOf(label.element).find((element) => (held.get(element)?.blocks ?? 0) > 1)
    if (!box || (held.get(box)?.text ?? 0) > total * MAX_BOX_SHARE) continue
    for (reach = Math.max(reach, i + 1); reach < blocks.length; reach++) {
      const block = blocks[reach] as TextBlock
      if (!ancestorsOf(block.element).includes(box)) break
      labelled.add(block)
    }
  }
  return labelled
}

// An element and its ancestors, MAX_CLIMB of them at most.
function ancestorsOf(element: MarkupElement): MarkupElement[] {
  const found: MarkupElement[] = []
  for (let node: MarkupElement | null = element; node && found.length < MAX_CLIMB; node = node.parent)
    found.push(node)
  return found
}
