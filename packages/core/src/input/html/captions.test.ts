import { describe, expect, it } from 'vitest'
import { collectBlocks } from './blocks.ts'
import {
  CREDIT_END,
  FIGURE_NUMBER,
  isCreditedCaption,
  isNumberedCaption,
  isPictureCaption,
} from './captions.ts'
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

// Each row: a line, and whether its credit makes it a picture's caption.
describe('isCreditedCaption', () => {
  it.each([
    ['Ann Lee, the new harbour master. © AFP / Bo Chan', true],
    ['The old quay at dawn. Foto: Archiv Nordblatt', true],
    ['Dockers on strike last spring. Photograph: Tom Reed/Wire Images', true],
    ['Los muelles al amanecer (Foto: Ana Ruiz)', true],
    ['Der Hafen im Winter. Bild: Jan Meier', true],
    ['Cranes at the port © Eva Holm', true],
    // prose that names a source in a sentence, a line that goes on after the credit, and a longer passage
    ['The figures come from the port authority. Source: the annual report.', false],
    ['Photo: Bo Chan. The quay was rebuilt in 1990, after the great storm.', false],
    ['The Bildungsweg of the harbour master (Bildung: apprenticeship) was long', false],
    [`${'The quay was rebuilt after the storm, and the town paid for it. '.repeat(4)}© Eva Holm`, false],
  ])('%s: %s', (line, caption) => {
    expect(isCreditedCaption(line)).toBe(caption)
  })

  // Long runs of what the pattern almost matches; no duration is compared (a backtracking pattern would fail by
  // the suite's time limit).
  it.each([
    ['©.'.repeat(500_000), -1],
    [`${'foto: '.repeat(200_000)}.`, -1],
    [`${'a '.repeat(500_000)}© Eva`, 1_000_000],
  ])('runs in linear time on a long run (%#)', (line, index) => {
    expect(CREDIT_END.exec(line)?.index ?? -1).toBe(index)
  })
})

// Each row: a line, and whether its figure number makes it a caption.
describe('isNumberedCaption', () => {
  it.each([
    ['Figure 3: The harbour in 1900.', true],
    ['Abbildung 2: Der Hafen im Winter', true],
    ['Abb. 12. Die Mole', true],
    ['Rys. 1 – Port w Gdyni', true],
    ['Fig. 4: Crane loads by hour', true],
    // prose that names a figure, and a long passage after a number
    ['As figure 3 shows, the harbour grew fast in the 1900s.', false],
    ['Figures for 2023 show a rise in traffic.', false],
    [`Figure 3: ${'The harbour grew fast after the war, as trade came back. '.repeat(5)}`, false],
  ])('%s: %s', (line, caption) => {
    expect(isNumberedCaption(line)).toBe(caption)
  })

  it('runs in linear time on a long run', () => {
    expect(FIGURE_NUMBER.test(`${'figure '.repeat(200_000)}1:`)).toBe(false)
    expect(FIGURE_NUMBER.test(' '.repeat(1_000_000))).toBe(false)
  })
})
