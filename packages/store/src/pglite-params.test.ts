import { describe, expect, it } from 'vitest'
import { decodeLongTexts, encodeLongTexts, LONG_TEXT } from './pglite-params.ts'

describe('encodeLongTexts and decodeLongTexts', () => {
  const long = (unit: string) => unit.repeat(Math.ceil((LONG_TEXT * 3) / unit.length))
  it.each([
    ['short texts and other values stay as they are', ['a', 1, null, ['x'], true], []],
    ['a long text of one-byte characters', ['a', long('abc '), 2], [1]],
    // Pieces end between characters: a pair of surrogates is never cut, each piece decodes alone.
    ['a long text of pairs of surrogates', [long('\u{1F600}'), 'b'], [0]],
    ['a long text of letters, marks and pairs', [long('e\u0301\u{1D41A}’ '), long('x')], [0, 1]],
  ] as const)('%s', async (_name, params, bytes) => {
    const sent = await encodeLongTexts(params)
    expect(sent.bytes).toEqual(bytes)
    for (const index of bytes) expect(sent.params[index]).not.toBe(params[index])
    if (bytes.length === 0) expect(sent.transfer).toEqual([])
    else expect(sent.transfer.length).toBeGreaterThanOrEqual(bytes.length)
    expect(decodeLongTexts(sent.params, sent.bytes)).toEqual(params)
  })

  it('encodes a long text a piece at a time, the event loop run between pieces', async () => {
    let turns = 0
    const ticking = setInterval(() => turns++, 0)
    const sent = await encodeLongTexts([long('abc ')])
    clearInterval(ticking)
    expect((sent.params[0] as Uint8Array[]).length).toBeGreaterThan(2)
    expect(sent.transfer.length).toBe((sent.params[0] as Uint8Array[]).length)
    expect(turns).toBeGreaterThan(0)
  })
})
