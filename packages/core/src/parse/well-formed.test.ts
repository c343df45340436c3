import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashText } from './hash.ts'
import { wellFormedText } from './normalize.ts'

/** Strings of NULs, lone and paired surrogate halves, U+FFFD and any other characters, in any order. */
const oddText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u0000', '\uD83D', '\uDE00', '\uFFFD'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
})

describe('wellFormedText', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a\u0000b', 'a\uFFFDb'],
    ['\u0000\u0000', '\uFFFD\uFFFD'],
    ['cut \uD83D', 'cut \uFFFD'],
    ['\uDE00 cut', '\uFFFD cut'],
    ['\uDE00\uD83D', '\uFFFD\uFFFD'],
    ['pair \uD83D\uDE00 kept', 'pair \uD83D\uDE00 kept'],
    ['\uD83D\uD83D\uDE00', '\uFFFD\uD83D\uDE00'],
  ])('%j → %j', (text, expected) => {
    expect(wellFormedText(text)).toBe(expected)
  })

  it('keeps the length, so every offset holds', () => {
    fc.assert(fc.property(oddText, (text) => wellFormedText(text).length === text.length))
  })

  // No duration is compared: at this size quadratic work would run for hours and fail by the suite's time
  // limit, while linear work takes milliseconds, however busy the machine.
  it('is linear on long adversarial input', () => {
    const text = '\uD800'.repeat(2_000_000) + '\u0000'.repeat(2_000_000)
    expect(wellFormedText(text)).toBe('\uFFFD'.repeat(4_000_000))
  })
})

describe('hashText takes the id of the well-formed text', () => {
  it.each([
    ['a NUL', 'Body a\u0000b', 'Body a\uFFFDb'],
    ['a lone high surrogate', 'Emoji cut \uD83D here', 'Emoji cut \uFFFD here'],
    ['a lone low surrogate', '\uDE00 at the start', '\uFFFD at the start'],
    ['a reversed pair', 'x\uDE00\uD83Dy', 'x\uFFFD\uFFFDy'],
  ])('%s gets the id of U+FFFD in its place', (_name, text, stored) => {
    expect(hashText(text)).toBe(hashText(stored))
  })

  it.each([
    ['an emoji', 'a \uD83D\uDE00', 'a \uFFFD\uFFFD'],
    ['another character', 'a b', 'a c'],
  ])('%s keeps its own id', (_name, text, other) => {
    expect(hashText(text)).not.toBe(hashText(other))
  })

  it('is the hash of wellFormedText for any string', () => {
    fc.assert(fc.property(oddText, (text) => hashText(text) === hashText(wellFormedText(text))))
  })
})
