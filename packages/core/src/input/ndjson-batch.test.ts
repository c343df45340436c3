import { describe, expect, it } from 'vitest'
import { parseNdjsonBatch } from './ndjson-batch.ts'

describe('parseNdjsonBatch', () => {
  it('reads good lines and reports bad ones by line number', () => {
    const batch = parseNdjsonBatch(
      [
        '\uFEFF{"text":"Ann said so.","url":"https://example.com/a","source":"Wire","extra":1}',
        '',
        '{"text":"Bo said no.","publishedAt":"Tue, 05 Mar 2024 10:00:00 GMT"}\r',
        'not json',
        '{"text":"   "}',
        '{"url":"https://example.com/c"}',
        '["text"]',
        '{"text":"x","url":"ftp://example.com/x"}',
        '{"text":"x","publishedAt":"someday"}',
        '   ',
        '{"text":"Last line without newline."}',
      ].join('\n'),
    )
    expect(batch.items).toEqual([
      { line: 1, text: 'Ann said so.', url: 'https://example.com/a', source: 'Wire' },
      { line: 3, text: 'Bo said no.', publishedAt: '2024-03-05T10:00:00Z' },
      { line: 11, text: 'Last line without newline.' },
    ])
    expect(batch.errors.map(({ line, code }) => [line, code])).toEqual([
      [4, 'invalid-json'],
      [5, 'invalid-item'],
      [6, 'invalid-item'],
      [7, 'invalid-item'],
      [8, 'invalid-item'],
      [9, 'invalid-item'],
    ])
    expect(batch.errors[2]?.message).toMatch(/^text: /)
    expect(batch.errors[5]?.message).toMatch(/^publishedAt: /)
  })

  it.each([
    ['', 0, 0],
    ['\n\n\n', 0, 0],
    ['{"text":"a"}\n{"text":"b"}\n', 2, 0],
    ['{"text":"a"', 0, 1],
  ])('%j gives %i items and %i errors', (input, items, errors) => {
    const batch = parseNdjsonBatch(input)
    expect([batch.items.length, batch.errors.length]).toEqual([items, errors])
  })
})
