import { describe, expect, it } from 'vitest'
import { measureText } from './boilerplate.ts'
import { findBuildingWords } from './layout-words.ts'
import { parseMarkup } from './tree.ts'

const PARAGRAPH = 'The council met on Tuesday to debate the harbour plan at length.'
const classWords = (element: { attributes: ReadonlyMap<string, string> }) =>
  (element.attributes.get('class') ?? '').split(/[^a-z]+/).filter(Boolean)

// Each row: a page, and the layout words its boxes are built of.
describe('findBuildingWords', () => {
  it.each([
    // every paragraph in a widget box of a page builder
    [
      `<div class="widget-wrap"><div class="widget"><p>${PARAGRAPH}</p></div></div><p>Contact us</p>`,
      ['widget'],
    ],
    [
      `<div class="widget">${PARAGRAPH}</div><div class="widget">${PARAGRAPH}</div><p>${PARAGRAPH}</p>`,
      ['widget'],
    ],
    // a sidebar of small widgets beside the article
    [`<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><div class="widget">Weather today</div>`, []],
    // nested boxes of one word count once: one small box inside another does not add up to a page
    [
      `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><div class="share"><div class="share"><div class="share">Share this on the networks</div></div></div>`,
      [],
    ],
    // words that are not layout words are never building words
    [`<div class="story">${PARAGRAPH}</div>`, []],
    ['', []],
  ])('%s: %j', (html, expected) => {
    const document = parseMarkup(html)
    const lengths = measureText(document)
    const words = findBuildingWords(document, lengths, lengths.get(document) ?? 0, classWords)
    expect([...words].sort()).toEqual(expected)
  })
})
