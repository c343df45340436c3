import { describe, expect, it } from 'vitest'
import { collectBlocks } from './blocks.ts'
import { isPictureCaption } from './captions.ts'
import { parseMarkup } from './tree.ts'

const LINE = 'The old quay at dawn, before the storm.'
const LONG =
  'The council met on Tuesday to debate the harbour plan, and the mood in the hall was tense from the start. ' +
  'Mayor Ruth Olsen said the town could not afford the new quay, whose cost has doubled since the spring. ' +
  'Councillor Tom Baker replied that the plan would pay for itself within ten years.'

// Each row: markup holding LINE, and whether LINE is a picture's caption.
describe('isPictureCaption', () => {
  it.each([
    [`<div class="image-box"><a href="/p/1"><img src="q.jpg"></a><p>${LINE}</p></div>`, true],
    [
      `<div class="visual"><picture><img src="q.jpg"></picture><div class="text"><b>${LINE}</b></div></div>`,
      true,
    ],
    [`<div><div><img src="q.jpg"></div><div><span>${LINE}</span></div></div>`, true],
    // the image illustrates the paragraph it sits in
    [`<div><p><img src="q.jpg">${LINE}</p></div>`, false],
    // the image comes after the line
    [`<div><p>${LINE}</p><img src="q.jpg"></div>`, false],
    // a box of more text is a passage with an illustration
    [`<div><img src="q.jpg"><p>${LINE}</p><p>${LONG}</p></div>`, false],
    // a review or a card with a heading, and a quote with its speaker's portrait
    [`<section><div><img src="a.jpg"></div><div><h3>Ann's review</h3><p>${LINE}</p></div></section>`, false],
    [`<blockquote><div><img src="a.jpg"></div><div><div>${LINE}</div></div></blockquote>`, false],
    // a table row and a list item beside a picture
    [`<table><tr><td><img src="q.jpg"></td><td>${LINE}</td></tr></table>`, false],
    [`<ul><li><img src="q.jpg"> ${LINE}</li></ul>`, false],
    [`<div><p>${LINE}</p></div>`, false],
  ])('%s: %s', (html, caption) => {
    const block = collectBlocks(parseMarkup(html), () => false).find((found) => found.text === LINE)
    expect(block).toBeDefined()
    expect(isPictureCaption(block as NonNullable<typeof block>)).toBe(caption)
  })
})
