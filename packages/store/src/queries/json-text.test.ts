import { describe, expect, it } from 'vitest'
import { pageJson, parseJsonText } from './json-text.ts'

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
  ])('$items.length item(s), cursor $cursor', ({ items, cursor, page }) => {
    expect(parseJsonText(pageJson(items, cursor))).toStrictEqual(page)
  })
})
