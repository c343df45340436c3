import { describe, expect, it } from 'vitest'
import { declaredCharset, decodeWebText } from './decode-web-text.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('declaredCharset', () => {
  it.each([
    ['<p>x</p>', undefined, undefined],
    ['<p>x</p>', 'text/html; charset=ISO-8859-1', 'iso-8859-1'],
    ['<p>x</p>', 'text/html;charset="windows-1252"', 'windows-1252'],
    ['<meta charset="shift_jis"><p>x</p>', undefined, 'shift_jis'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', undefined, 'koi8-r'],
    ['<?xml version="1.0" encoding="ISO-8859-2"?><rss/>', undefined, 'iso-8859-2'],
    ['\uFEFF<p>x</p>', 'text/html; charset=iso-8859-1', 'utf-8'],
    ['<meta charset="latin1">', 'text/html; charset=utf-8', 'utf-8'],
  ])('%j with %j is %j', (text, contentType, charset) => {
    expect(declaredCharset(bytes(text), contentType)).toBe(charset)
  })

  it('stays fast on long adversarial heads', () => {
    const started = performance.now()
    declaredCharset(bytes(`<meta ${'charset'.repeat(5000)}`), `text/html;${' '.repeat(50_000)}x`)
    declaredCharset(bytes(`<?xml ${'encoding= '.repeat(5000)}`), undefined)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('decodeWebText', () => {
  it.each([
    [[0x63, 0x61, 0x66, 0xe9], 'text/html; charset=iso-8859-1', 'café'],
    [[0x63, 0x61, 0x66, 0xc3, 0xa9], undefined, 'café'],
    [[0x63, 0x61, 0x66, 0xe9], undefined, 'caf\uFFFD'],
    [[0xef, 0xbb, 0xbf, 0x61], undefined, 'a'],
    [[0xff, 0xfe, 0x61, 0x00], undefined, 'a'],
    [[0x61], 'text/html; charset=no-such-charset', 'a'],
  ])('decodes %j with %j as %j', (input, contentType, text) => {
    expect(decodeWebText(new Uint8Array(input), contentType, 'page')).toBe(text)
  })

  it.each([
    [[], 'empty'],
    [[0x61, 0x00, 0x62], 'binary'],
  ])('refuses %j as %s', (input, code) => {
    expect(() => decodeWebText(new Uint8Array(input), undefined, 'page')).toThrow(
      expect.objectContaining({ code, file: 'page' }),
    )
  })
})
