import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashText } from './hash.ts'

/**
 * The ids hashText has always given, as first written: stored articles and statements are keyed by them, so a
 * faster hashText must give the same digits for every text (it carries the signed product as this one does).
 */
function firstHashText(text: string): string {
  let hi = 0xcbf29ce4
  let lo = 0x84222325
  let afterHigh = false
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xdc00 && code <= 0xdfff) {
      if (!afterHigh) code = 0xfffd
      afterHigh = false
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      afterHigh = next >= 0xdc00 && next <= 0xdfff
      if (!afterHigh) code = 0xfffd
    } else if (code === 0) {
      code = 0xfffd
    }
    lo ^= code
    const loMul = lo * 0x1b3
    const carry = Math.floor(loMul / 0x100000000)
    const newLo = loMul >>> 0
    hi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + carry) >>> 0
    lo = newLo
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0')
}

describe('hashText', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63da998601ec8c'],
    ['abc', 'e234be920541574b'],
    ['Talks resume\n\nThe talks resumed.', '17efd2bb84e0988e'],
    ['\uD83D\uDE00 x \u0000', 'fa517668a8403657'],
  ])('%j has the id it always had: %s', (text, id) => {
    expect(hashText(text)).toBe(id)
  })

  it('gives the id of the first implementation for any text', () => {
    const anyText = fc.string({
      unit: fc.oneof(
        fc.constant('\uD83D'),
        fc.constant('\u0000'),
        fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      ),
    })
    fc.assert(
      fc.property(anyText, (text) => hashText(text) === firstHashText(text)),
      { numRuns: 2_000 },
    )
  })
})
