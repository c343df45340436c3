import type { TextBlock } from './blocks.ts'
import { HEADINGS, wordSet } from './tags.ts'
import type { MarkupElement, MarkupNode } from './tree.ts'

// Elements that show a picture.
const IMAGES = wordSet('img picture video figure svg')
// How far above a block its image box may be (the caption's own wrapper, then the box around image and caption).
const MAX_LEVELS = 3
// A caption is a line or two; a box holding a picture and at most MAX_CAPTION_BOX characters of text is a picture
// with its caption, a box of more text a passage with an illustration.
const MAX_CAPTION = 200
const MAX_CAPTION_BOX = 300
// Bounds on the walk through one box, so that checking every block stays linear in the page.
const MAX_BOX_NODES = 60
// Table cells and list items beside a picture are rows of a table or list, not captions.
const NOT_CAPTIONS = wordSet('td th li dt dd h1 h2 h3 h4 h5 h6')

/**
 * Whether a block is the caption under a picture: it sits, a few levels down, in a small box that holds an image
 * before it (a picture and the line under it: "image-box", "visual"), and little text besides. An image inside
 * the block's own paragraph illustrates the paragraph and makes no caption.
 * @example isPictureCaption(block) // true for the <p> of <div><img><p>The harbour at dawn.</p></div>
 */
export function isPictureCaption(block: TextBlock): boolean {
  if (block.text.length > MAX_CAPTION || NOT_CAPTIONS.has(block.element.name)) return false
  let branch: MarkupElement = block.element
  let box = branch.parent
  for (let level = 0; box && level < MAX_LEVELS; level++, branch = box, box = box.parent) {
    if (box.name === 'blockquote') return false
    const found = inspectBox(box, branch)
    if (found === 'too big') return false
    if (found === 'picture') return true
  }
  return false
}

// Walks a box's nodes, up to MAX_BOX_NODES of them: 'picture' when a child before `branch` holds an image and
// the box holds little text, 'too big' when it holds too much text or too many nodes to be a picture's box.
function inspectBox(box: MarkupElement, branch: MarkupElement): 'picture' | 'too big' | 'none' {
  let text = 0
  let picture = false
  let visited = 0
  let before = true
  for (const child of box.children) {
    if (child === branch) before = false
    const pending: MarkupNode[] = [child]
    while (pending.length > 0) {
      const node = pending.pop() as MarkupNode
      if (++visited > MAX_BOX_NODES) return 'too big'
      if (node.kind === 'text') {
        text += node.text.trim().length
        if (text > MAX_CAPTION_BOX) return 'too big'
      } else if (IMAGES.has(node.name)) picture ||= before
      else if (HEADINGS.has(node.name) || node.name === 'blockquote') return 'too big'
      else for (const grandchild of node.children) pending.push(grandchild)
    }
  }
  return picture ? 'picture' : 'none'
}

// A picture credit that ends a line: "© AFP / Ann Lee", "Foto: Andina", "(Photo: Bo Chan)", "Quelle: dpa". The
// credit runs to the line's end without a full stop or a colon; each start is scanned at most 60 characters on,
// so the pattern stays linear on any input.
export const CREDIT_END =
  /(?:©|\((?:foto|fotos|photo|bild|quelle|source|fuente|źródło|fot\.)\s?:|(?<![\p{L}])(?:foto|fotos|photo|photograph|bild|imagen|image|quelle|source|fuente|źródło|fot\.)\s?:)[^.!?:©\n]{1,60}$/iu

/**
 * Whether a line is a picture's caption by its credit: a line or two that ends with the name of the photographer
 * or agency ("Ann Lee at the harbour. © AFP / Bo Chan", "The quay at dawn. Foto: Archiv"), wherever the page has
 * put it. Prose names its sources in sentences, which end with a full stop.
 * @example isCreditedCaption('The old quay at dawn. © AFP / Bo Chan') // true
 */
export function isCreditedCaption(text: string): boolean {
  return text.length <= MAX_CAPTION && CREDIT_END.test(text)
}

/** A figure's number that opens a line: "Figure 3:", "Abb. 2.", "Rys. 1 –". */
export const FIGURE_NUMBER =
  /^(?:figure|fig\.|abbildung|abb\.|grafik|figura|rysunek|rys\.|illustration)\s?\d{1,3}\s?[:.–-]/iu

/**
 * Whether a line is a figure's caption by its number ("Figure 3: Snow crystals under the lens", "Abbildung 2: Der
 * Hafen"): a report or a tutorial numbers its figures, and the caption under each is not its prose.
 * @example isNumberedCaption('Figure 3: The harbour in 1900.') // true
 */
export function isNumberedCaption(text: string): boolean {
  return text.length <= MAX_CAPTION && FIGURE_NUMBER.test(text)
}
