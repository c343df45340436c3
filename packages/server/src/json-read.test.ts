import { hashText } from '@whosaid/core'
import { describe, expect, it } from 'vitest'
import { readJson } from './json-read.ts'

describe('readJson', () => {
  it.each([
    { name: 'an article', body: '{"text":"Ann Lee said so.","source":"Post"}', text: 'Ann Lee said so.' },
    { name: 'a text with a NUL, hashed as its U+FFFD', body: '{"text":"a\\u0000b"}', text: 'a\uFFFDb' },
    { name: 'no text', body: '{"html":"<p>x</p>"}', text: undefined },
    { name: 'a text that is no string', body: '{"text":5}', text: undefined },
    { name: 'null', body: 'null', text: undefined },
  ])('$name: the value and the id of its text', ({ body, text }) => {
    expect(readJson(body)).toEqual({
      value: JSON.parse(body),
      textId: text === undefined ? undefined : `a_${hashText(text)}`,
    })
  })

  it('reads UTF-8 bytes as their text, a BOM dropped and a bad sequence as U+FFFD', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('{"text":"é'),
      0xff,
      0x22,
      0x7d,
    ])
    expect(readJson(bytes.buffer)).toEqual({ value: { text: 'é\uFFFD' }, textId: `a_${hashText('é\uFFFD')}` })
  })

  it('answers the parser’s message for a body that is not JSON', () => {
    expect(readJson('{"text": ')).toEqual({ malformed: expect.any(String) })
  })
})
