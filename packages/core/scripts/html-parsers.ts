// Other HTML parsers, each adapted to build whosaid's tree (MarkupElement), for the parser comparison of
// eval:html: the same extraction runs on the tree each parser builds, so a change in the figures is the parser's.
import { Parser } from 'htmlparser2'
import { parse as parse5 } from 'parse5'
import type { MarkupElement } from '../src/input/html/tree.ts'

/** The parsers eval:html can compare. */
export type ParserName = 'own' | 'parse5' | 'htmlparser2'

/** Each parser's page → tree function; `own` is null (extractArticleFromHtml parses with core's parseMarkup). */
export const htmlParsers: Record<ParserName, ((html: string) => MarkupElement) | null> = {
  own: null,
  parse5: parseWithParse5,
  htmlparser2: parseWithHtmlparser2,
}

function element(name: string, attributes: Map<string, string>, parent: MarkupElement | null): MarkupElement {
  return { kind: 'element', name, attributes, children: [], parent }
}

function appendText(parent: MarkupElement, text: string): void {
  const last = parent.children[parent.children.length - 1]
  if (last?.kind === 'text') last.text += text
  else parent.children.push({ kind: 'text', text })
}

type Parse5Node = {
  nodeName: string
  tagName?: string
  value?: string
  attrs?: { name: string; value: string }[]
  childNodes?: Parse5Node[]
  content?: Parse5Node
}

/** parse5 (the WHATWG parsing algorithm), its document converted to whosaid's tree without recursion. */
function parseWithParse5(html: string): MarkupElement {
  const document = parse5(html) as unknown as Parse5Node
  const root = element('#document', new Map(), null)
  const pending: [Parse5Node, MarkupElement][] = [[document, root]]
  while (pending.length > 0) {
    const [node, into] = pending.pop() as [Parse5Node, MarkupElement]
    const children = node.nodeName === 'template' ? (node.content?.childNodes ?? []) : (node.childNodes ?? [])
    const converted: [Parse5Node, MarkupElement][] = []
    for (const child of children) {
      if (child.nodeName === '#text') appendText(into, child.value ?? '')
      else if (child.tagName !== undefined) {
        const attributes = new Map<string, string>()
        for (const attribute of child.attrs ?? [])
          if (!attributes.has(attribute.name)) attributes.set(attribute.name, attribute.value)
        const made = element(child.tagName, attributes, into)
        into.children.push(made)
        converted.push([child, made])
      }
    }
    for (let i = converted.length - 1; i >= 0; i--) pending.push(converted[i] as [Parse5Node, MarkupElement])
  }
  return root
}

/** htmlparser2 (fast, forgiving, not the WHATWG algorithm), building whosaid's tree from its callbacks. */
function parseWithHtmlparser2(html: string): MarkupElement {
  const root = element('#document', new Map(), null)
  const stack: MarkupElement[] = [root]
  const current = () => stack[stack.length - 1] as MarkupElement
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const made = element(name, new Map(Object.entries(attributes)), current())
        current().children.push(made)
        stack.push(made)
      },
      onclosetag() {
        if (stack.length > 1) stack.pop()
      },
      ontext(text) {
        appendText(current(), text)
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(html)
  return root
}
