import { describe, expect, it } from 'vitest'
import { stringifyInSlices } from './json-slices.ts'

describe('stringifyInSlices', () => {
  const many = Array.from({ length: 1_234 }, (_, n) => ({ id: `s_${n}`, at: { start: n, end: n + 1 } }))
  it.each([
    { name: 'a number', value: 42 },
    { name: 'a string with quotes and a newline', value: 'He said "no"\nthen left.' },
    { name: 'null', value: null },
    { name: 'an empty object and array', value: { a: {}, b: [] } },
    {
      name: 'members left out or null as JSON.stringify does',
      value: { a: undefined, b: () => 1, c: [undefined, () => 1] },
    },
    { name: 'a date, written by its toJSON', value: { at: new Date(Date.UTC(2024, 2, 1, 9)) } },
    { name: 'an object with its own toJSON', value: { inner: { toJSON: () => ({ replaced: true }) } } },
    {
      name: 'keys in their order, nested past the sliced depth',
      value: { z: 1, a: { m: { deep: [1, [2, { x: 3 }]] } } },
    },
    { name: 'a long list at the first level', value: { statements: many, extractor: { version: '1' } } },
    { name: 'a long list at the top', value: many },
    { name: 'unicode keys and escapes', value: { 'é"k': '\u2028\u0000😀' } },
  ])('$name: the text JSON.stringify writes', async ({ value }) => {
    expect(await stringifyInSlices(value)).toBe(JSON.stringify(value))
  })

  it('lets other callbacks of the event loop run while it writes a long list', async () => {
    let ran = false
    setImmediate(() => {
      ran = true
    })
    const text = stringifyInSlices({ statements: many })
    expect(ran).toBe(false)
    await text
    expect(ran).toBe(true)
  })

  it('writes a small value at once, without waiting for the event loop', async () => {
    let ran = false
    setImmediate(() => {
      ran = true
    })
    await stringifyInSlices({ statements: many.slice(0, 10) })
    expect(ran).toBe(false)
  })
})
