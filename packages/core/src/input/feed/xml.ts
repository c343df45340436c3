import { collectBlocks } from '../html/blocks.ts'
import { isCode } from '../html/boilerplate.ts'
import { collapseSpaces, textContent } from '../html/query.ts'
import { VOID_ELEMENTS } from '../html/tags.ts'
import { type MarkupElement, parseMarkup } from '../html/tree.ts'

/** The first child element with one of the names, trying the names in order (e.g. 'title', then 'atom:title'). */
export function childNamed(element: MarkupElement, ...names: string[]): MarkupElement | undefined {
  for (const name of names) {
    for (const child of element.children) if (child.kind === 'element' && child.name === name) return child
  }
  return undefined
}

/** The child elements with one of the names, in document order. */
export function childrenNamed(element: MarkupElement, ...names: string[]): MarkupElement[] {
  return element.children.filter(
    (child): child is MarkupElement => child.kind === 'element' && names.includes(child.name),
  )
}

/** An element's text on one line, or '' for no element. */
export function lineOf(element: MarkupElement | undefined): string {
  return element ? collapseSpaces(textContent(element)) : ''
}

/**
 * The HTML an element carries: its text when the HTML was escaped or in CDATA, or its child elements written
 * back as markup when the feed embedded them (Atom xhtml, careless RSS).
 */
export function htmlOf(element: MarkupElement): string {
  const hasElements = element.children.some((child) => child.kind === 'element')
  return hasElements ? writeMarkup(element.children) : textContent(element)
}

/** Plain text from HTML: paragraphs separated by blank lines, whitespace collapsed, scripts left out. */
export function htmlToText(html: string): string {
  if (!html.includes('<')) return collapseSpaces(html)
  return collectBlocks(parseMarkup(html), isCode)
    .map((block) => block.text)
    .join('\n\n')
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

// Writes nodes back as HTML without recursion, so any nesting depth is safe.
function writeMarkup(nodes: MarkupElement['children']): string {
  const out: string[] = []
  const pending: (MarkupElement['children'][number] | string)[] = [...nodes].reverse()
  while (pending.length > 0) {
    const node = pending.pop()
    if (node === undefined) break
    if (typeof node === 'string') out.push(node)
    else if (node.kind === 'text') out.push(escapeHtml(node.text))
    else {
      const name = node.name.slice(node.name.indexOf(':') + 1)
      const attributes = [...node.attributes]
        .filter(([key]) => key !== 'xmlns' && !key.startsWith('xmlns:'))
        .map(([key, value]) => ` ${key}="${escapeHtml(value).replaceAll('"', '&quot;')}"`)
        .join('')
      out.push(`<${name}${attributes}>`)
      if (VOID_ELEMENTS.has(name)) continue
      pending.push(`</${name}>`)
      for (let i = node.children.length - 1; i >= 0; i--)
        pending.push(node.children[i] as MarkupElement['children'][number])
    }
  }
  return out.join('')
}
