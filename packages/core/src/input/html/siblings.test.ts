import { describe, expect, it } from 'vitest'
import { makeFurnitureTest } from './boilerplate.ts'
import { findContent, readParagraphs } from './content.ts'
import { widenContent } from './siblings.ts'
import { parseMarkup } from './tree.ts'

const BODY = [
  'The council met on Tuesday to debate the harbour plan, and the mood in the hall was tense all evening.',
  'Mayor Ruth Olsen said the town could not afford it, and her finance committee agreed with her.',
  'Councillor Tom Baker replied that the plan would pay for itself within ten years of opening.',
  'A final vote is due on Friday, and both sides expect a close result after weeks of argument.',
]
  .map((text) => `<p>${text}</p>`)
  .join('')
// Three of the four body paragraphs, about another plan: more than half the body's prose.
const OTHER = BODY.replaceAll('harbour', 'airport').slice(0, BODY.lastIndexOf('<p>'))
// More of the body, so that the lead is well under a fifth of the page's prose.
const LONGER = BODY.replaceAll('harbour', 'quay')
const LEAD =
  'The harbour plan split the council again on Tuesday, with a vote now due at the end of the week.'

// Short lines in a box of their own: too little prose to be taken for it.
const PARTS = '<ul><li>Two cups of flour</li><li>One egg, well beaten</li><li>A pinch of salt</li></ul>'

function paragraphsOf(html: string): string[] {
  const document = parseMarkup(`<body>${html}</body>`)
  const isFurniture = makeFurnitureTest(document)
  const { root, body, prose } = findContent(document, isFurniture)
  const { top, leftOut } = widenContent(root, body, prose)
  return readParagraphs(top, {}, (element) => isFurniture(element) || leftOut.has(element))
}

// Each row: a page whose body paragraphs sit in one container, and whether `part` is read with them.
describe('widenContent', () => {
  it.each([
    [
      'a lead above the body container',
      `<div><div class="lead"><p>${LEAD}</p></div><div class="text">${BODY}</div></div>`,
      LEAD,
      true,
    ],
    ['a lead two levels up', `<div><p>${LEAD}</p><div><div>${BODY}</div></div></div>`, LEAD, true],
    ['a note below the body', `<div><div>${BODY}</div><p class="note">${LEAD}</p></div>`, LEAD, true],
    [
      'a list of teasers beside the body',
      `<div><div>${BODY}</div><ul><li><a href="/a">Port fees rise again</a></li><li><a href="/b">Ferry timetable changes</a></li></ul></div>`,
      'Port fees rise again',
      false,
    ],
    [
      'a lead five wrappers up, past wrappers beside nothing but empty slots',
      `<div><section><p>${LEAD}</p></section><div><div><a id="top"></a><div><div id="ad"></div><article>${BODY}</article></div></div></div></div>`,
      LEAD,
      true,
    ],
    [
      'a lead above three levels with text beside them',
      `<div><p>${LEAD}</p><div><p>Menu</p><div><p>Menu</p><div><p>Menu</p><div>${BODY}${LONGER}</div></div></div></div></div>`,
      LEAD,
      false,
    ],
    [
      'a note five wrappers down, past empty slots: the disclaimer of the site',
      `<div><div><div><a id="top"></a><div><div id="ad"></div><article>${BODY}</article></div></div></div><p>${LEAD}</p></div>`,
      LEAD,
      false,
    ],
    [
      'a second article longer than half the body',
      `<div><article>${BODY}</article><div>${OTHER}</div></div>`,
      'airport',
      false,
    ],
    [
      'short lines in a box of the same kind as the body box (the ingredients beside a recipe method)',
      `<div><div class="recipe-part open">${PARTS}</div><div class="open  recipe-part">${BODY}</div></div>`,
      'One egg, well beaten',
      true,
    ],
    [
      'short lines in a box of another kind',
      `<div><div class="recipe-part open">${PARTS}</div><div class="recipe-method open">${BODY}</div></div>`,
      'One egg, well beaten',
      false,
    ],
    [
      'short lines in a grid cell like the body cell',
      `<div><div class="col-md-6 row">${PARTS}</div><div class="col-md-6 row">${BODY}</div></div>`,
      'One egg, well beaten',
      false,
    ],
  ])('%s', (_, html, part, read) => {
    const text = paragraphsOf(html).join('\n')
    expect(text).toContain('Councillor Tom Baker')
    expect(text.includes(part)).toBe(read)
  })
})
