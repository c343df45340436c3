import { describe, expect, it } from 'vitest'
import { jsonChunks, jsonStream, stringifyInParts, stringifyInSlices } from './json-slices.ts'

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

describe('stringifyInParts', () => {
  it('answers a small value in one part, its JSON', async () => {
    expect(await stringifyInParts({ a: [1, 'b'] })).toEqual(['{"a":[1,"b"]}'])
  })

  it('answers a long one in parts of about a megabyte that join to its JSON', async () => {
    const statements = Array.from({ length: 3_000 }, (_, n) => ({ id: `s_${n}`, quote: 'q'.repeat(1_000) }))
    const parts = await stringifyInParts({ statements })
    expect(parts.length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(2 ** 20 + 300_000)
    expect(parts.join('')).toBe(JSON.stringify({ statements }))
  })
})

describe('jsonChunks and jsonStream', () => {
  const many = Array.from({ length: 1_000 }, (_, n) => ({ id: `s_${n}`, text: n % 7 ? 'plain' : 'é😀"\n' }))

  it('cut the text into chunks that join to what JSON.stringify writes', async () => {
    const chunks: string[] = []
    for await (const chunk of jsonChunks({ statements: many, extractor: { version: '1' } }))
      chunks.push(chunk)
    expect(chunks.length).toBeGreaterThan(3)
    expect(chunks.join('')).toBe(JSON.stringify({ statements: many, extractor: { version: '1' } }))
  })

  it('cuts a long string into slices, never between the halves of a surrogate pair', async () => {
    // A pair of surrogates on each slice's border (2^18 characters), escapes and a lone surrogate.
    const text = `${'a'.repeat((1 << 18) - 1)}😀"\n${'b'.repeat(1 << 18)}\uD800${'é'.repeat(5)}`
    const value = { article: { text }, statements: [] }
    const chunks: string[] = []
    for await (const chunk of jsonChunks(value)) chunks.push(chunk)
    expect(chunks.length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan((1 << 18) + 64)
    expect(chunks.join('')).toBe(JSON.stringify(value))
  })

  it('takes a long array apart at any depth, as an article holds its sentences', async () => {
    const sentences = Array.from({ length: 1_000 }, (_, n) => ({ start: n, end: n + 1 }))
    const value = { article: { paragraphs: [{ start: 0, end: 1 }], sentences }, statements: [] }
    const chunks: string[] = []
    for await (const chunk of jsonChunks(value)) chunks.push(chunk)
    expect(chunks.length).toBeGreaterThanOrEqual(4)
    expect(chunks.join('')).toBe(JSON.stringify(value))
  })

  it('streams the UTF-8 bytes of that text, one chunk per read', async () => {
    const value = { statements: many }
    const reader = jsonStream(value).getReader()
    const parts: Uint8Array[] = []
    for (;;) {
      const { done, value: bytes } = await reader.read()
      if (done) break
      parts.push(bytes)
    }
    expect(parts.length).toBeGreaterThan(3)
    expect(await new Blob(parts).text()).toBe(JSON.stringify(value))
  })

  it('makes no chunk before it is read, and stops when cancelled', async () => {
    let reads = 0
    const watched = many.map((item) => ({
      toJSON: () => {
        reads++
        return item
      },
    }))
    const stream = jsonStream({ statements: watched })
    await new Promise((resolve) => setImmediate(resolve))
    expect(reads).toBe(0)
    const reader = stream.getReader()
    await reader.read()
    const afterOne = reads
    expect(afterOne).toBeGreaterThan(0)
    expect(afterOne).toBeLessThan(many.length)
    await reader.cancel()
    expect(reads).toBe(afterOne)
  })
})
