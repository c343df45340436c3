import { describe, expect, it } from 'vitest'
import { collectBlocks } from './blocks.ts'
import { isCode } from './boilerplate.ts'
import { extractArticleFromHtml } from './index.ts'
import { parseMarkup } from './tree.ts'

const textsOf = (html: string) => collectBlocks(parseMarkup(html), isCode).map((block) => block.text)

// Each row: markup, and the blocks a reader sees.
describe('collectBlocks', () => {
  it.each([
    ['<p>One <b>two</b></p><p>Three</p>', ['One two', 'Three']],
    ['<p>Wäh&shy;rend wir war&shy;ten</p>', ['Während wir warten']],
    ['<p>zero\u200bwidth\u2060joined\ufeff</p>', ['zerowidthjoined']],
    ['<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rt>じ</rt></ruby>を読む</p>', ['漢字を読む']],
    ['<p>Emoji 👩\u200d💻 keep their joiner</p>', ['Emoji 👩\u200d💻 keep their joiner']],
  ])('%s', (html, expected) => {
    expect(textsOf(html)).toEqual(expected)
  })
})

const PROSE = 'The council met on Tuesday to debate the harbour plan, and the mood in the hall was tense. '

describe('extractArticleFromHtml text', () => {
  it.each([
    // "é" written as "e" and a combining acute accent comes out composed, title and body alike.
    ['Cafe\u0301 owners', `Cafe\u0301 owners met. ${PROSE.repeat(3)}`, 'Café owners', 'Café owners met.'],
  ])('composes %s', (title, paragraph, expectedTitle, expectedStart) => {
    const page = extractArticleFromHtml(`<title>${title}</title><article><p>${paragraph}</p></article>`)
    expect(page.title).toBe(expectedTitle)
    expect(page.text.startsWith(`${expectedTitle}\n\n${expectedStart}`)).toBe(true)
  })
})
