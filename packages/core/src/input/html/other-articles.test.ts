import { describe, expect, it } from 'vitest'
import { extractArticleFromHtml } from './index.ts'

const PROSE = [
  'The harbour board voted on Tuesday to build the new quay, after a year of delays and two failed bids.',
  'Mayor Ruth Olsen said the town could not afford the quay, whose cost has doubled since the spring.',
  'Councillor Tom Baker replied that the plan would pay for itself within ten years of its opening.',
  'The vote was close, with three of the nine members undecided until the last hour of the meeting.',
  'Fishermen had asked for a public meeting before the vote, which the board refused to hold.',
]
  .map((line) => `<p>${line}</p>`)
  .join('')
const EXCERPT = 'The ferry company will add a second boat to the island route from the first of May, it said.'
const card = (tag = 'h3') =>
  `<article class="card"><${tag}><a href="/ferry">Ferry adds a boat</a></${tag}><p>${EXCERPT}</p></article>`
const section = `<article class="part"><h3>Ferry adds a boat</h3><p>${EXCERPT}</p></article>`
const long = `<article class="card"><h3><a href="/ferry">Ferry adds a boat</a></h3>${`<p>${EXCERPT}</p>`.repeat(8)}</article>`

// Each row: a page, and whether the excerpt in the <article> beside the article's text is read.
describe('other articles on the page', () => {
  it.each([
    // a teaser card inside the article, and cards in a list after it
    [`<article><h1>Quay</h1>${PROSE}${card()}</article>`, false],
    [`<div><h1>Quay</h1>${PROSE}<ul><li>${card('h2')}</li><li>${card('h2')}</li></ul></div>`, false],
    // a title in a link
    [
      `<article>${PROSE}<article><a href="/ferry"><h3>Ferry adds a boat</h3></a><p>${EXCERPT}</p></article></article>`,
      false,
    ],
    // the article's own sections, each an <article> titled without a link
    [`<article><h1>Quay</h1>${PROSE}${section}</article>`, true],
    // a card too long to be a teaser, and a list of posts (cards outside any article, not in a list)
    [`<article><h1>Quay</h1>${PROSE}${long}</article>`, true],
    [`<div><h1>Quay</h1>${PROSE}${card()}</div>`, true],
  ])('%#', (html, read) => {
    expect(extractArticleFromHtml(`<html><body>${html}</body></html>`).text.includes(EXCERPT)).toBe(read)
  })
})
