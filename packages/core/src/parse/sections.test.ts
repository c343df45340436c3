import { describe, expect, it } from 'vitest'
import { readLayout } from './index.ts'
import { sectionsOf } from './sections.ts'

const textsOf = (text: string, limit: number) =>
  sectionsOf(readLayout(text), limit).map(({ layout, offset }) => ({
    offset,
    paragraphs: layout.paragraphs.map((p) => layout.text.slice(p.start, p.end)),
  }))

describe('sectionsOf', () => {
  it('keeps a text within the limit whole, its layout unchanged', () => {
    const layout = readLayout('Title line\n\nAnn Pell said the pier would reopen.')
    expect(sectionsOf(layout, 1000)).toEqual([{ layout, offset: 0 }])
  })

  it.each([
    {
      // Whole paragraphs while they fit (the first line is the title, in the first section).
      text: 'Title\n\nAaa bbb.\n\nCcc ddd.\n\nEee fff.',
      limit: 20,
      sections: [
        { offset: 0, paragraphs: ['Aaa bbb.', 'Ccc ddd.'] },
        { offset: 27, paragraphs: ['Eee fff.'] },
      ],
    },
    {
      // A paragraph over the limit is cut after a sentence's end, the next piece starting at its first letter.
      text: 'Aaa bbb. Ccc ddd. Eee fff.',
      limit: 12,
      sections: [
        { offset: 0, paragraphs: ['Aaa bbb.'] },
        { offset: 9, paragraphs: ['Ccc ddd.'] },
        { offset: 18, paragraphs: ['Eee fff.'] },
      ],
    },
    {
      // An abbreviation's full stop is no sentence end: the cut comes after "dead." instead.
      text: 'Mr. Pell said it was dead. Dr. Vale said no.',
      limit: 36,
      sections: [
        { offset: 0, paragraphs: ['Mr. Pell said it was dead.'] },
        { offset: 27, paragraphs: ['Dr. Vale said no.'] },
      ],
    },
    {
      // No sentence end within reach: cut at a space.
      text: 'aaa bbb ccc ddd eee',
      limit: 10,
      sections: [
        { offset: 0, paragraphs: ['aaa bbb'] },
        { offset: 8, paragraphs: ['ccc ddd'] },
        { offset: 16, paragraphs: ['eee'] },
      ],
    },
    {
      // No space either: a hard cut.
      text: 'abcdefghijklmnop',
      limit: 6,
      sections: [
        { offset: 0, paragraphs: ['abcdef'] },
        { offset: 6, paragraphs: ['ghijkl'] },
        { offset: 12, paragraphs: ['mnop'] },
      ],
    },
  ])('cuts $text at $limit', ({ text, limit, sections }) => {
    expect(textsOf(text, limit)).toEqual(sections)
  })

  it('reads a body of exactly the limit as one section, and one a character longer as two', () => {
    const layout = readLayout('Title\n\nAaa bbb.\n\nCcc ddd.')
    const body = layout.body.end - layout.body.start
    expect(sectionsOf(layout, body)).toHaveLength(1)
    expect(sectionsOf(layout, body - 1)).toHaveLength(2)
  })

  it('always moves on, even with a limit shorter than a character', () => {
    expect(
      textsOf('😀😀', 1)
        .flatMap((s) => s.paragraphs)
        .join(''),
    ).toBe('😀😀')
  })

  it('never cuts between the two halves of a character outside the BMP', () => {
    const pieces = textsOf('abcde😀fghij', 6).flatMap((s) => s.paragraphs)
    expect(pieces.join('')).toBe('abcde😀fghij')
    expect(pieces[0]).toBe('abcde')
  })

  it('keeps the title and dateline in the first section only, and each section its own text', () => {
    const text = 'Pier to reopen\n\nLONDON - Ann Pell said the pier would reopen.\n\nShe said so twice.'
    const sections = sectionsOf(readLayout(text), 40)
    expect(sections.map((s) => s.layout.title !== null)).toEqual([true, false])
    expect(sections.map((s) => s.layout.datelinePlace)).toEqual(['LONDON', null])
    for (const { layout, offset } of sections)
      expect(text.slice(offset, offset + layout.text.length)).toBe(layout.text)
  })
})
