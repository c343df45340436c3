import { describe, expect, it } from 'vitest'
import { diffJson, matchText, parseAbridgedJson, parseAbridgedLiteral } from './doc-match.ts'

describe('matchText', () => {
  it.each<[string, string, string, boolean]>([
    ['equal', 'a,b\nc', 'a,b\nc', true],
    ['CRLF and a final newline are not differences', 'a,b\nc', 'a,b\r\nc\r\n', true],
    ['trailing spaces are not differences', 'a  \nb', 'a\nb', true],
    ['a changed cell is', 'x,,,said', 'x,person:ann,Ann,said', false],
    ['… stands for any run', 'start … end', 'start of the middle end', true],
    ['… stands for nothing too', 'ab…c', 'abc', true],
    ['pieces must come in order', 'a…c…b', 'abc', false],
    ['the start is anchored', 'b…', 'abc', false],
    ['the end is anchored', '…b', 'abc', false],
    ['pieces may not overlap the anchored end', 'ab…bc', 'abc', false],
    ['several lines of rows between', 'head\n…\nlast', 'head\n1\n2\nlast', true],
  ])('%s', (_name, shown, actual, expected) => {
    expect(matchText(shown, actual)).toBe(expected)
  })

  it('runs in linear time on long adversarial input', () => {
    const shown = `${'a…'.repeat(5_000)}b`
    const actual = 'a'.repeat(200_000)
    expect(matchText(shown, actual)).toBe(false)
  })
})

describe('parseAbridgedJson and diffJson', () => {
  it.each<[string, string, unknown, string[]]>([
    ['equal', '{ "a": 1 }', { a: 1 }, []],
    ['a key may be left out', '{ "a": 1 }', { a: 1, b: 2 }, []],
    ['a shown key must be there', '{ "c": 1 }', { a: 1 }, ['$.c: shown, but missing']],
    [
      'a changed value',
      '{ "speaker": null }',
      { speaker: 'person:ann' },
      ['$.speaker: shows null, is "person:ann"'],
    ],
    ['… as a member', '{ "a": 1, … }', { a: 1, b: 2 }, []],
    ['… inside a string', '{ "text": "Minister … plan" }', { text: 'Minister rejects the plan' }, []],
    [
      'a string that differs around …',
      '{ "text": "Minister … cake" }',
      { text: 'Minister rejects the plan' },
      ['$.text: shows "Minister … cake", is "Minister rejects the plan"'],
    ],
    [
      'arrays must match in length',
      '[1, 2]',
      [1, 2, 3],
      ['$: shows 2 element(s), the real array (3) does not match: [1,2,3]'],
    ],
    ['… in an array stands for any elements', '[1, …, 3]', [1, 2, 2, 3], []],
    [
      '… in an array still needs the shown ones in order',
      '[3, …, 1]',
      [1, 2, 3],
      ['$: shows 2 element(s) among others, the real array (3) does not match: [1,2,3]'],
    ],
    [
      'nested',
      '{ "actors": [{ "id": "person:a", … }], … }',
      { actors: [{ id: 'person:a', name: 'A' }], x: 1 },
      [],
    ],
    [
      'nested and wrong',
      '{ "actors": [{ "id": "person:b" }] }',
      { actors: [{ id: 'person:a' }] },
      ['$.actors[0].id: shows "person:b", is "person:a"'],
    ],
    ['… as a string, escaped quotes kept', '{ "v": "\\"a\\" …" }', { v: '"a" b' }, []],
    ['a number is not a string', '{ "n": "1" }', { n: 1 }, ['$.n: shows "1", is 1']],
  ])('%s', (_name, shown, actual, expected) => {
    expect(diffJson(parseAbridgedJson(shown), actual)).toEqual(expected)
  })

  it('refuses text that is not JSON even with gaps', () => {
    expect(() => parseAbridgedJson('{ a: 1 }')).toThrow()
  })
})

describe('parseAbridgedLiteral', () => {
  it.each<[string, string, unknown, string[]]>([
    [
      'single quotes and bare keys',
      "[{ line: 1, text: 'Ann said so.' }]",
      [{ line: 1, text: 'Ann said so.' }],
      [],
    ],
    ['… inside single quotes', "{ message: 'text: …' }", { message: 'text: Required' }, []],
    ['… as an element', '[{ line: 2 }, …]', [{ line: 2 }, { line: 3 }], []],
    ['a wrong value', '[{ line: 1 }]', [{ line: 2 }], ['$[0].line: shows 1, is 2']],
  ])('%s', (_name, shown, actual, expected) => {
    expect(diffJson(parseAbridgedLiteral(shown), actual)).toEqual(expected)
  })
})
