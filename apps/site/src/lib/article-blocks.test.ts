import { describe, expect, test } from 'vitest'
import { type Block, layoutBlocks } from './article-blocks.ts'

type Layout = Parameters<typeof layoutBlocks>[0]

function show(text: string, blocks: Block[]): string[] {
  return blocks.map((block) => `${block.kind}:${text.slice(block.start, block.end)}`)
}

const text = 'Title here\n\nTown: – First para.\n\nSecond para.\n\nShare this story'
const span = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length })
const title = span('Title here')
const dateline = span('Town: –')
const first = span('First para.')
const second = span('Second para.')

describe('layoutBlocks', () => {
  test.each<[string, Partial<Layout>, string[]]>([
    [
      'title, dateline joined to the first paragraph, trailer kept as extra',
      { titleSpan: title, datelineSpan: dateline, paragraphs: [first, second] },
      [
        'title:Title here',
        'paragraph:Town: – First para.',
        'paragraph:Second para.',
        'extra:Share this story',
      ],
    ],
    [
      'no title and no paragraphs: blank lines split the text',
      { paragraphs: [] },
      ['extra:Title here', 'extra:Town: – First para.', 'extra:Second para.', 'extra:Share this story'],
    ],
    [
      'paragraphs out of order and overlapping are sorted and the overlap dropped',
      { titleSpan: title, paragraphs: [second, first, { start: first.start + 3, end: second.start + 3 }] },
      [
        'title:Title here',
        'extra:Town: –',
        'paragraph:First para.',
        'paragraph:Second para.',
        'extra:Share this story',
      ],
    ],
    [
      'spans past the end are clamped, empty ones dropped',
      { titleSpan: { start: 0, end: 0 }, paragraphs: [{ start: text.indexOf('Share'), end: 999 }] },
      ['extra:Title here', 'extra:Town: – First para.', 'extra:Second para.', 'paragraph:Share this story'],
    ],
  ])('%s', (_name, layout, expected) => {
    const article: Layout = { text, titleSpan: null, datelineSpan: null, paragraphs: [], ...layout }
    expect(show(text, layoutBlocks(article))).toEqual(expected)
  })
})
