import { describe, expect, it } from 'vitest'
import { pageJson, parseJsonBytes, textOf } from './json-text.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('pageJson', () => {
  it.each([
    { items: [], cursor: null, page: { items: [], nextCursor: null } },
    { items: ['{"id":"s_1"}'], cursor: null, page: { items: [{ id: 's_1' }], nextCursor: null } },
    {
      items: ['{"id":"s_1"}', '{"id": "s_2"}'],
      cursor: 'WyJ4Il0',
      page: { items: [{ id: 's_1' }, { id: 's_2' }], nextCursor: 'WyJ4Il0' },
    },
    { items: ['{}'], cursor: 'a"b', page: { items: [{}], nextCursor: 'a"b' } },
    {
      items: ['{"q":"déjà vu — “no” 😀"}', '{"q":"\\u2028"}'],
      cursor: null,
      page: { items: [{ q: 'déjà vu — “no” 😀' }, { q: '\u2028' }], nextCursor: null },
    },
  ])('$items.length item(s), cursor $cursor', ({ items, cursor, page }) => {
    expect(parseJsonBytes(pageJson(items.map(bytes), cursor))).toStrictEqual(page)
  })

  it('copies the items into the page byte for byte', () => {
    const item = bytes('{"q":"é"}')
    expect(textOf(pageJson([item, item], null))).toBe('{"items":[{"q":"é"},{"q":"é"}],"nextCursor":null}')
  })
})

describe('textOf', () => {
  it.each(['', 'a_1', '2024-03-01T08:00:00.000Z', 'déjà 😀'])('%j', (text) => {
    expect(textOf(bytes(text))).toBe(text)
  })
})
