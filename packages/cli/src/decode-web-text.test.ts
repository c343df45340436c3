import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { declaredCharset, decodeWebText } from './decode-web-text.ts'

const bytes = (text: string) => new TextEncoder().encode(text)
const run = promisify(execFile)

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

  // In a process of its own, stopped only after a limit no linear scan comes near even on a busy machine: the
  // duration is never compared, so only a regex that backtracks without end fails the case.
  it('does not backtrack without end on long adversarial heads', async () => {
    const script = `import { declaredCharset } from ${JSON.stringify(new URL('./decode-web-text.ts', import.meta.url).href)}
const bytes = (text) => new TextEncoder().encode(text)
console.log(JSON.stringify([
  declaredCharset(bytes('<meta ' + 'charset'.repeat(5000)), 'text/html;' + ' '.repeat(50000) + 'x') ?? null,
  declaredCharset(bytes('<?xml ' + 'encoding= '.repeat(5000)), undefined) ?? null,
  declaredCharset(bytes('<meta ' + ' '.repeat(1000) + 'charset=koi8-r'), ' ;'.repeat(50000)) ?? null,
]))`
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 600_000,
      killSignal: 'SIGKILL',
    })
    expect(JSON.parse(stdout)).toEqual([null, null, null])
  }, 660_000)
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
