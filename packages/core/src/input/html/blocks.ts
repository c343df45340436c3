import { SPACE_RUN } from '../patterns.ts'
import { BLOCK_ELEMENTS } from './tags.ts'
import type { MarkupElement, MarkupNode } from './tree.ts'

/** A run of text as a browser lays it out on its own: a paragraph, heading, list item or table cell. */
export interface TextBlock {
  text: string
  /** The innermost block element the text sits in. */
  element: MarkupElement
  /** How many of its characters are link text. */
  linkLength: number
}

/** Whether an element starts a new block of text. */
export function isBlockElement(element: MarkupElement): boolean {
  return BLOCK_ELEMENTS.has(element.name)
}

// Characters a browser does not show: soft hyphens (shown only where a line breaks), zero-width spaces and
// word joiners, and byte-order marks.
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g

type Step = { node: MarkupNode; exit: false } | { node: MarkupElement; exit: true }

/**
 * Lays out the text under `root` in blocks, as a browser would show it: whitespace collapsed, a `<br>` a line
 * break, each block element its own block. Elements for which `skip` is true are left out with their content.
 * @example collectBlocks(parseMarkup('<p>One <b>two</b></p><p>Three</p>'), () => false).map((b) => b.text) // ['One two', 'Three']
 */
export function collectBlocks(root: MarkupElement, skip: (element: MarkupElement) => boolean): TextBlock[] {
  const blocks: TextBlock[] = []
  const blockStack: MarkupElement[] = [root]
  let buffer = ''
  let linkLength = 0
  let linkDepth = 0
  const flush = () => {
    const text = buffer.trim()
    if (text) blocks.push({ text, element: blockStack[blockStack.length - 1] as MarkupElement, linkLength })
    buffer = ''
    linkLength = 0
  }
  const append = (raw: string) => {
    let text = raw.replace(INVISIBLE, '').replace(SPACE_RUN, ' ')
    if (text.startsWith(' ') && (buffer === '' || buffer.endsWith(' ') || buffer.endsWith('\n')))
      text = text.slice(1)
    buffer += text
    if (linkDepth > 0) linkLength += text.length
  }
  const pending: Step[] = root.children.map((node): Step => ({ node, exit: false })).reverse()
  while (pending.length > 0) {
    const step = pending.pop() as Step
    const { node } = step
    if (node.kind === 'text') {
      append(node.text)
      continue
    }
    if (step.exit) {
      if (node.name === 'a') linkDepth--
      if (isBlockElement(node)) {
        flush()
        blockStack.pop()
      }
      continue
    }
    if (node.name === 'br') {
      buffer = `${buffer.endsWith(' ') ? buffer.slice(0, -1) : buffer}\n`
      continue
    }
    if (skip(node)) continue
    if (isBlockElement(node)) {
      flush()
      blockStack.push(node)
    }
    if (node.name === 'a') linkDepth++
    pending.push({ node, exit: true })
    for (let i = node.children.length - 1; i >= 0; i--)
      pending.push({ node: node.children[i] as MarkupNode, exit: false })
  }
  flush()
  return blocks
}
