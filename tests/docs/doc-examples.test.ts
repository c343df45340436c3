import { describe, expect, it } from 'vitest'
import { readDocExamples, readFencedBlocks } from './doc-examples.ts'

const fence = '```'

describe('readFencedBlocks', () => {
  it('finds blocks, their language, line and directive', () => {
    const markdown = [
      '# T',
      '',
      '<!-- doc-test: run -->',
      `${fence}ts`,
      'const a = 1',
      fence,
      '',
      `${fence}sh`,
      'npm i',
      fence,
    ].join('\n')
    expect(readFencedBlocks(markdown)).toEqual([
      { line: 4, lang: 'ts', code: 'const a = 1', directive: 'run' },
      { line: 8, lang: 'sh', code: 'npm i', directive: undefined },
    ])
  })
})

describe('readDocExamples', () => {
  it.each<[string, string[], unknown]>([
    ['a sh block without $ shows no output', [`${fence}sh`, 'npm start', fence], []],
    [
      'a shell session: each command and what it prints',
      [`${fence}sh`, '$ whosaid a x', 'out 1', 'out 2', '$ whosaid b', 'out 3', fence],
      [
        {
          kind: 'shell',
          line: 1,
          steps: [
            { command: 'whosaid a x', shown: 'out 1\nout 2\n' },
            { command: 'whosaid b', shown: 'out 3\n' },
          ],
        },
      ],
    ],
    [
      'a value shown as JSON',
      ['<!-- doc-test: json toJsonLd(analysis) -->', `${fence}json`, '{}', fence],
      [{ kind: 'json', line: 2, expression: 'toJsonLd(analysis)', shown: '{}' }],
    ],
    [
      'a summary',
      ['<!-- doc-test: summary seeds/a.txt -->', `${fence}text`, 'title x', fence],
      [{ kind: 'summary', line: 2, file: 'seeds/a.txt', shown: 'title x' }],
    ],
    [
      'values shown in comments, one continued',
      [
        '<!-- doc-test: comments -->',
        `${fence}ts`,
        'const a = f()',
        '// a:  [1,',
        '//       2]',
        '// b.c: 3',
        'g() // not a check',
        fence,
      ],
      [
        {
          kind: 'comments',
          line: 2,
          code: 'const a = f()\n// a:  [1,\n//       2]\n// b.c: 3\ng() // not a check',
          checks: [
            { expression: 'a', shown: '[1, 2]' },
            { expression: 'b.c', shown: '3' },
          ],
        },
      ],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(readDocExamples(lines.join('\n')).examples).toEqual(expected)
  })

  it('collects files and code', () => {
    const { files, code } = readDocExamples(
      [
        '<!-- doc-test: file ann.txt -->',
        `${fence}text`,
        'Ann said so.',
        fence,
        '<!-- doc-test: run -->',
        `${fence}ts`,
        'const a = 1',
        fence,
      ].join('\n'),
    )
    expect([...files]).toEqual([['ann.txt', 'Ann said so.\n']])
    expect(code).toEqual(['const a = 1'])
  })

  it('refuses a directive it does not know, so that a typo cannot turn a test off', () => {
    expect(() =>
      readDocExamples(['<!-- doc-test: jsn x -->', `${fence}json`, '{}', fence].join('\n')),
    ).toThrow(/unknown doc-test directive/)
  })
})
