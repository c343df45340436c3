import { describe, expect, it } from 'vitest'
import { isCode } from './boilerplate.ts'
import { readParagraphs } from './content.ts'
import { parseMarkup } from './tree.ts'

const ARTICLE = [
  'The council met on Tuesday to debate the harbour plan, and the mood in the hall was tense all evening.',
  'Mayor Ruth Olsen said the town could not afford it, and her finance committee agreed with her.',
  'Councillor Tom Baker replied that the plan would pay for itself within ten years of opening.',
  'A final vote is due on Friday, and both sides expect a close result after weeks of argument.',
  'Fishing crews, who use the old quay every morning, have asked to speak before the vote is taken.',
]
  .map((text) => `<p>${text}</p>`)
  .join('')
const LINE = 'Ann Vale has written on the coast and its towns for twenty years, and lives in Portby.'

const paragraphsOf = (html: string) =>
  readParagraphs(parseMarkup(`<div>${ARTICLE}</div>${html}`), { title: 'Harbour plan' }, isCode)

// Each row: a box after the article, and whether LINE in it is read as the article's.
describe('findLabelledBlocks', () => {
  it.each([
    ['under a furniture heading in its box', `<div><h3>Newsletter</h3><p>${LINE}</p></div>`, false],
    ['under a furniture line in its box', `<div><p>Kommentare</p><div><p>${LINE}</p></div></div>`, false],
    ["under an author box's title", `<div><div>Über den Autor</div><p>${LINE}</p></div>`, false],
    [
      'under "About the author" with a picture',
      `<aside-box><h4>About the author</h4><p>${LINE}</p></aside-box>`,
      false,
    ],
    ['after its box, beside the article', `<div><h3>Newsletter</h3></div><p>${LINE}</p>`, true],
    ['under a heading of the article', `<div><h3>What comes next</h3><p>${LINE}</p></div>`, true],
    // a line with words after its colon is a line of its own, not a box's title
    ['under a source line', `<div><p>Quelle: Statistisches Amt</p><p>${LINE}</p></div>`, true],
    // a box holding a fifth of the text or more is the article's column: the label is only a line in it
    ['in a large box', `<div><h3>Newsletter</h3><p>${LINE}</p>${ARTICLE}</div>`, true],
  ])('%s', (_, box, read) => {
    const paragraphs = paragraphsOf(box)
    expect(paragraphs).toContain(
      'Councillor Tom Baker replied that the plan would pay for itself within ten years of opening.',
    )
    expect(paragraphs.includes(LINE)).toBe(read)
  })
})
