import { describe, expect, it } from 'vitest'
import { extractArticleFromDocument } from './index.ts'
import { type MarkupElement, type MarkupNode, parseMarkup } from './tree.ts'

// Linear time on any input, checked by counting work, not by timing: the parser's reads of the page (each
// character that a charCodeAt, indexOf, startsWith or slice looks at) and the extractor's steps through the tree
// (each read of an element's children or parent). A page 8 times as large may cost at most SLACK times 8 as much.
const SLACK = 1.3
const SIZES = [500, 1000, 2000, 4000]

/** A page's text that counts what the tokenizer reads of it. */
class CountingSource {
  reads = 0
  private readonly text: string
  constructor(text: string) {
    this.text = text
  }
  get length(): number {
    return this.text.length
  }
  charCodeAt(index: number): number {
    this.reads++
    return this.text.charCodeAt(index)
  }
  indexOf(search: string, from = 0): number {
    const found = this.text.indexOf(search, from)
    this.reads +=
      (found === -1 ? this.text.length : found + search.length) - Math.min(from, this.text.length) + 1
    return found
  }
  startsWith(search: string, at = 0): boolean {
    this.reads += search.length
    return this.text.startsWith(search, at)
  }
  slice(start: number, end = this.text.length): string {
    this.reads += Math.max(1, end - start)
    return this.text.slice(start, end)
  }
}

function parseWork(html: string): number {
  const source = new CountingSource(html)
  parseMarkup(source as unknown as string)
  return source.reads
}

// Replaces each element's children and parent with getters that count their reads.
function countTreeSteps(document: MarkupElement): { steps: number } {
  const counter = { steps: 0 }
  const pending: MarkupNode[] = [document]
  while (pending.length > 0) {
    const node = pending.pop() as MarkupNode
    if (node.kind !== 'element') continue
    const { children, parent } = node
    Object.defineProperty(node, 'children', {
      get: () => {
        counter.steps++
        return children
      },
    })
    Object.defineProperty(node, 'parent', {
      get: () => {
        counter.steps++
        return parent
      },
    })
    pending.push(...children)
  }
  return counter
}

function extractWork(html: string): number {
  const document = parseMarkup(html)
  const counter = countTreeSteps(document)
  extractArticleFromDocument(document, { url: 'https://example.com/2024/03/05/a' })
  return counter.steps
}

const SENTENCE = 'The council met on Tuesday, and the mood was tense. '

const PATHOLOGICAL: [string, (n: number) => string][] = [
  ['deep nesting', (n) => `${'<div>'.repeat(n)}${SENTENCE}${'</div>'.repeat(n)}`],
  ['deep nesting, never closed', (n) => `<body>${'<div><p>'.repeat(n)}${SENTENCE}`],
  ['stray end tags', (n) => `${'<span>'.repeat(n)}x${'</div>'.repeat(n)}${'<div>'.repeat(n)}`],
  ['nested date boxes', (n) => `${'<span class="date">x '.repeat(n)}5 March 2024${'</span>'.repeat(n)}`],
  ['nested lists', (n) => `${'<ul><li>item'.repeat(n)}${'</li></ul>'.repeat(n)}`],
  ['nested tables', (n) => `${'<table><tr><td>'.repeat(n)}${SENTENCE}`],
  ['unclosed inline tags', (n) => `<p>${'<b><i><a href=x>'.repeat(n)}${SENTENCE}`],
  ['misnested tags', (n) => `<body>${'<p><div></p></div>'.repeat(n)}`],
  [
    'nested articles with linked titles',
    (n) => `${'<article><h3><a href=x>t</a></h3>'.repeat(n)}${SENTENCE}`,
  ],
  [
    'nested articles, titles deep down',
    (n) => `<article><p>${SENTENCE.repeat(4)}</p>${'<article><div>'.repeat(n)}<h3><a href=x>t</a></h3>`,
  ],
  ['many siblings', (n) => `<article>${`<p>${SENTENCE}</p>`.repeat(n)}</article>`],
  ['many links', (n) => `<div>${'<a href="/x">teaser</a> '.repeat(n)}</div>`],
  ['many line breaks', (n) => `<p>${'word<br>'.repeat(n)}</p>`],
  ['huge attribute', (n) => `<div class="${'content ad '.repeat(n)}"><p>${SENTENCE}</p></div>`],
  ['huge unquoted attribute', (n) => `<div id=${'x'.repeat(n * 10)}><p>${SENTENCE}</p></div>`],
  ['many attributes', (n) => `<div ${'a=1 '.repeat(n)}><p>${SENTENCE}</p></div>`],
  ['unterminated quote', (n) => `<div title="${'x '.repeat(n)}`],
  ['unterminated comment', (n) => `<p>${SENTENCE}</p><!--${'-'.repeat(n * 10)}`],
  ['script with near end tags', (n) => `<script>${'</scrip '.repeat(n)}</script><p>${SENTENCE}</p>`],
  ['stray angle brackets', (n) => `<p>${'< a <'.repeat(n)}</p>`],
  ['many entities', (n) => `<p>${'&amp;&#169;&nbsp;&bogus'.repeat(n)}</p>`],
  ['many meta tags', (n) => `${'<meta property="og:title" content="x">'.repeat(n)}<p>${SENTENCE}</p>`],
  [
    'many JSON-LD blocks',
    (n) => `${'<script type="application/ld+json">{"@graph":[[[[1]]]]}</script>'.repeat(n)}`,
  ],
]

describe('linear time on pathological pages', () => {
  it.each(PATHOLOGICAL)('%s: parsing work grows linearly', (_name, page) => {
    expectLinear(SIZES.map((n) => parseWork(page(n))))
  })

  it.each(PATHOLOGICAL)('%s: extraction work grows linearly', (_name, page) => {
    expectLinear(SIZES.map((n) => extractWork(page(n))))
  })

  it('counts quadratic work as such (the check can fail)', () => {
    const quadratic = (html: string) => {
      const document = parseMarkup(html)
      const counter = countTreeSteps(document)
      // Every element's text, read from scratch: quadratic on deep nesting.
      const pending: MarkupNode[] = [document]
      while (pending.length > 0) {
        const node = pending.pop() as MarkupNode
        if (node.kind !== 'element') continue
        const inner: MarkupNode[] = [node]
        while (inner.length > 0) {
          const step = inner.pop() as MarkupNode
          if (step.kind === 'element') inner.push(...step.children)
        }
        pending.push(...node.children)
      }
      return counter.steps
    }
    const works = SIZES.map((n) => quadratic(`${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`))
    expect(() => expectLinear(works)).toThrow()
  })
})

function expectLinear(works: readonly number[]): void {
  const first = works[0] as number
  const last = works[works.length - 1] as number
  const growth = (SIZES[SIZES.length - 1] as number) / (SIZES[0] as number)
  expect(first).toBeGreaterThan(0)
  expect(last / first).toBeLessThanOrEqual(growth * SLACK)
}
