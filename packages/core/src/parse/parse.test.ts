import { describe, expect, it } from 'vitest'
import { parseArticle } from './index.ts'

const slice = (text: string, span: { start: number; end: number } | null) =>
  span ? text.slice(span.start, span.end) : null

describe('parseArticle', () => {
  it.each([
    ['Headline here\n\nMoscow: – Russia said no.', 'Headline here', 'Moscow', 'Russia said no.'],
    ['WASHINGTON (Reuters) - The Senate voted.', null, 'WASHINGTON', 'The Senate voted.'],
    ['A title\n\nPARIS, Jan. 3 — France agreed.', 'A title', 'PARIS', 'France agreed.'],
    ['Just one line of text without a title.', null, null, 'Just one line of text without a title.'],
    ['Title\r\n\r\nBody line one.\r\nBody line two.', 'Title', null, 'Body line one.\r\nBody line two.'],
    ['Note: this is not a dateline. Nor is this.', null, null, 'Note: this is not a dateline. Nor is this.'],
  ])('%j', (text, title, dateline, body) => {
    const parsed = parseArticle(text)
    expect(slice(text, parsed.title)).toBe(title)
    expect(parsed.datelinePlace).toBe(dateline)
    expect(slice(text, parsed.body)).toBe(body)
  })

  it('keeps comment forms and share blocks out of the body', () => {
    const text = 'Title\n\nIt happened.\n\nLeave a Reply\n\nYour email address will not be published.'
    expect(slice(text, parseArticle(text).body)).toBe('It happened.')
  })

  it('handles only whitespace', () => {
    const parsed = parseArticle(' \n\t\u00a0 \n')
    expect(parsed.paragraphs).toEqual([])
    expect(parsed.tokens).toEqual([])
    expect(parsed.body.end).toBeGreaterThanOrEqual(parsed.body.start)
  })

  it('reads non-breaking spaces as spaces without moving any offset', () => {
    const text = 'Title\n\nMoscow:\u00a0– Ryabkov\u00a0said it.\u00a0\u00a0'
    const parsed = parseArticle(text)
    expect(parsed.view.length).toBe(text.length)
    expect(parsed.datelinePlace).toBe('Moscow')
    expect(parsed.tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Ryabkov', 'said', 'it', '.'])
  })
})
