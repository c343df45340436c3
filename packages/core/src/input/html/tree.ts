import { wordTable } from '../../parse/word-table.ts'
import { HEADINGS, VOID_ELEMENTS, wordSet } from './tags.ts'
import { type MarkupToken, type TokenizeOptions, tokenizeMarkup } from './tokenize.ts'

/** An element of a parsed document, with its children in order. */
export interface MarkupElement {
  kind: 'element'
  name: string
  attributes: Map<string, string>
  children: MarkupNode[]
  parent: MarkupElement | null
}

/** A run of text in a parsed document. */
export interface MarkupText {
  kind: 'text'
  text: string
}

/** An element or a run of text. */
export type MarkupNode = MarkupElement | MarkupText

// Start tags that close an open <p>, as in the HTML spec's "close a p element" steps.
const CLOSES_P = wordSet(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 ' +
    'h6 header hgroup hr main menu nav ol p pre section table ul li dd dt',
)
const SCOPE = ['html', 'table', 'td', 'th', 'caption', 'template', 'object', 'marquee', 'applet', 'button']

// Which open element a start tag implicitly closes, and the elements that bound the search for it.
const IMPLIED = wordTable<{ closes: string[]; within: string[] }>({
  p: { closes: ['p'], within: SCOPE },
  li: { closes: ['li'], within: [...SCOPE, 'ul', 'ol'] },
  dd: { closes: ['dd', 'dt'], within: [...SCOPE, 'dl'] },
  dt: { closes: ['dd', 'dt'], within: [...SCOPE, 'dl'] },
  tr: { closes: ['tr'], within: ['html', 'table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], within: ['html', 'table', 'tr'] },
  th: { closes: ['td', 'th'], within: ['html', 'table', 'tr'] },
  option: { closes: ['option'], within: ['select', 'datalist', 'optgroup'] },
  a: { closes: ['a'], within: SCOPE },
})

// What a <head> holds; any other start tag closes it, as the HTML spec's "in head" mode does, so that a page that
// never closes its head still has its content in the body.
const HEAD_CONTENT = wordSet('base basefont bgsound link meta noscript script style template title')

// How far up a scope search looks; bounded so that deep nesting cannot make parsing quadratic.
const MAX_SCOPE_SEARCH = 64

/**
 * Parses HTML (or, with `xml`, a feed) into a tree, tolerating anything: end tags close what they match, unmatched
 * ones are ignored, `<p>`, `<li>`, `<td>` and friends close implicitly, void elements never hold children.
 * @example parseMarkup('<ul><li>a<li>b</ul>').children[0] // the ul, with two li children
 */
export function parseMarkup(source: string, options: TokenizeOptions = {}): MarkupElement {
  return buildTree(tokenizeMarkup(source, options), options.xml ?? false)
}

/** Builds the tree from tokens; the root is a `#document` element. */
export function buildTree(tokens: readonly MarkupToken[], xml: boolean): MarkupElement {
  const root = createElement('#document', new Map(), null)
  const stack: MarkupElement[] = [root]
  const open = new Map<string, number>()
  const current = () => stack[stack.length - 1] as MarkupElement
  const popUntil = (name: string) => {
    while (stack.length > 1) {
      const popped = stack.pop() as MarkupElement
      open.set(popped.name, (open.get(popped.name) ?? 1) - 1)
      if (popped.name === name) return
    }
  }
  const closeImplied = (name: string) => {
    const rule = IMPLIED[name]
    if (rule) closeInScope(rule.closes, rule.within)
    if (CLOSES_P.has(name)) closeInScope(['p'], SCOPE)
    if (HEADINGS.has(name) && HEADINGS.has(current().name)) popUntil(current().name)
  }
  const closeInScope = (names: string[], within: string[]) => {
    if (!names.some((name) => (open.get(name) ?? 0) > 0)) return
    for (let i = stack.length - 1; i > 0 && i >= stack.length - MAX_SCOPE_SEARCH; i--) {
      const name = (stack[i] as MarkupElement).name
      if (names.includes(name)) return popUntil(name)
      if (within.includes(name)) return
    }
  }
  for (const token of tokens) {
    if (token.type === 'text') {
      appendText(current(), token.text)
    } else if (token.type === 'start') {
      if (
        !xml &&
        (token.name === 'html' || token.name === 'body' || token.name === 'head') &&
        open.get(token.name)
      )
        continue
      if (!xml && open.get('head') && !HEAD_CONTENT.has(token.name)) popUntil('head')
      if (!xml) closeImplied(token.name)
      const element = createElement(token.name, token.attributes, current())
      current().children.push(element)
      if (xml ? token.selfClosing : VOID_ELEMENTS.has(token.name)) continue
      stack.push(element)
      open.set(token.name, (open.get(token.name) ?? 0) + 1)
    } else if (!xml && (token.name === 'body' || token.name === 'html')) {
      // Whatever follows </body> or </html> is still shown in the body, as browsers do ("after body" mode).
    } else if ((open.get(token.name) ?? 0) > 0) {
      popUntil(token.name)
    } else if (!xml && token.name === 'br') {
      current().children.push(createElement('br', new Map(), current()))
    }
  }
  return root
}

function createElement(
  name: string,
  attributes: Map<string, string>,
  parent: MarkupElement | null,
): MarkupElement {
  return { kind: 'element', name, attributes, children: [], parent }
}

function appendText(parent: MarkupElement, text: string): void {
  const last = parent.children[parent.children.length - 1]
  if (last?.kind === 'text') last.text += text
  else parent.children.push({ kind: 'text', text })
}
