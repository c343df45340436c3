import { expect, test } from 'vitest'
import { readListParams } from './list-params.ts'

test.each<[string, Record<string, string | undefined>]>([
  ['', {}],
  ['q=%20lee%20&kind=alien', { q: 'lee' }],
  ['kind=country&cursor=abc', { kind: 'country', cursor: 'abc' }],
  ['polarity=support&actor=person:ann-lee', { polarity: 'support', actor: 'person:ann-lee' }],
  ['polarity=love&q=', {}],
])('readListParams(%s)', (query, expected) => {
  const read = readListParams(new URLSearchParams(query))
  expect(Object.fromEntries(Object.entries(read).filter(([, v]) => v !== undefined))).toEqual(expected)
})
