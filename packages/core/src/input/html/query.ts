import { SPACE_RUN, WORD_BOUNDARY } from '../patterns.ts'
import type { MarkupElement, MarkupNode } from './tree.ts'

/**
 * Visits the elements under `root` in document order, without recursion (so any depth is safe); returning
 * false from `visit` skips an element's children.
 * @example walkElements(document, (element) => element.name !== 'nav')
 */
export function walkElements(
  root: MarkupElement,
  visit: (element: MarkupElement) => boolean | undefined,
): void {
  const pending: MarkupNode[] = [...root.children].reverse()
  while (pending.length > 0) {
    const node = pending.pop() as MarkupNode
    if (node.kind !== 'element' || visit(node) === false) continue
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] as MarkupNode)
  }
}

/** Every element under `root` that matches, in document order. */
export function findElements(
  root: MarkupElement,
  matches: (element: MarkupElement) => boolean,
): MarkupElement[] {
  const found: MarkupElement[] = []
  walkElements(root, (element) => {
    if (matches(element)) found.push(element)
    return true
  })
  return found
}

/** The first element under `root` that matches, or undefined. */
export function findElement(
  root: MarkupElement,
  matches: (element: MarkupElement) => boolean,
): MarkupElement | undefined {
  let found: MarkupElement | undefined
  walkElements(root, (element) => {
    if (found) return false
    if (matches(element)) found = element
    return !found
  })
  return found
}

/** All the text under an element, joined as written. */
export function textContent(root: MarkupElement): string {
  const parts: string[] = []
  const pending: MarkupNode[] = [root]
  while (pending.length > 0) {
    const node = pending.pop() as MarkupNode
    if (node.kind === 'text') parts.push(node.text)
    else for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] as MarkupNode)
  }
  return parts.join('')
}

/**
 * The text under an element when it is short: undefined as soon as it passes `maxLength` characters or
 * `maxNodes` nodes, so that asking it of every element on a path stays linear at any depth.
 * @example shortText(element, 120, 64) // '5 March 2024'
 */
export function shortText(root: MarkupElement, maxLength: number, maxNodes: number): string | undefined {
  let text = ''
  let visited = 0
  const pending: MarkupNode[] = [root]
  while (pending.length > 0) {
    const node = pending.pop() as MarkupNode
    if (++visited > maxNodes) return undefined
    if (node.kind === 'text') {
      text += node.text
      if (text.length > maxLength) return undefined
    } else for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] as MarkupNode)
  }
  return text
}

/** Collapses runs of whitespace to one space and trims: text as a browser would show it on one line. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim()
}

/** Whether `element` lies inside `ancestor` (or is it). */
export function isInside(element: MarkupElement, ancestor: MarkupElement): boolean {
  for (let node: MarkupElement | null = element; node; node = node.parent) if (node === ancestor) return true
  return false
}

/**
 * Whether one of the words of an element's class and id names is one of `words` (lower case): "header" in
 * `class="site-header"` or `id="pageHeader"`.
 * @example hasNameWord(element, new Set(['header'])) // true for <div class="article-header">
 */
export function hasNameWord(element: MarkupElement, words: ReadonlySet<string>): boolean {
  const names = `${element.attributes.get('class') ?? ''} ${element.attributes.get('id') ?? ''}`
  return names.split(WORD_BOUNDARY).some((word) => words.has(word.toLowerCase()))
}
