import { describe, expect, test } from 'vitest'
import { type Mark, nestMarks, type Segment } from './nest-marks.ts'

/** Writes a tree as text with [label…] around marks; pieces after the first get a ' after the label. */
function show(text: string, segments: readonly Segment<string>[]): string {
  return segments
    .map((segment) =>
      segment.type === 'text'
        ? text.slice(segment.start, segment.end)
        : `[${segment.data}${segment.piece > 0 ? "'" : ''}:${show(text, segment.children)}]`,
    )
    .join('')
}

/** Finds each label in the text (first occurrence of `needle`) to build a mark. */
function mark(text: string, needle: string, rank: number, label: string): Mark<string> {
  const start = text.indexOf(needle)
  if (start < 0) throw new Error(`fixture: ${needle} not in ${text}`)
  return { start, end: start + needle.length, rank, data: label }
}

const text = 'Ann Lee said the plan would fail.'

describe('nestMarks', () => {
  test.each<[string, Mark<string>[], string]>([
    ['no marks', [], text],
    ['one mark', [mark(text, 'Ann Lee', 2, 'n')], '[n:Ann Lee] said the plan would fail.'],
    [
      'disjoint marks',
      [mark(text, 'Ann Lee', 2, 'n'), mark(text, 'said', 1, 'c')],
      '[n:Ann Lee] [c:said] the plan would fail.',
    ],
    [
      'weaker mark inside a stronger one',
      [mark(text, 'the plan would fail', 1, 'q'), mark(text, 'plan', 2, 'n')],
      'Ann Lee said [q:the [n:plan] would fail].',
    ],
    [
      'stronger mark given after the weaker one still ends up outside',
      [mark(text, 'plan', 2, 'n'), mark(text, 'the plan would fail', 1, 'q')],
      'Ann Lee said [q:the [n:plan] would fail].',
    ],
    [
      'weaker mark crossing the start of a stronger one is cut',
      [mark(text, 'said the plan', 1, 'q'), mark(text, 'Lee said', 2, 'n')],
      "Ann [n:Lee ][q:[n':said] the plan] would fail.",
    ],
    [
      'weaker mark crossing the end of a stronger one is cut',
      [mark(text, 'Ann Lee said', 1, 'q'), mark(text, 'said the', 2, 'n')],
      "[q:Ann Lee [n:said]][n': the] plan would fail.",
    ],
    [
      'weaker mark spanning a stronger one keeps it as a child',
      [mark(text, 'said', 1, 'c'), mark(text, 'Lee said the', 2, 's')],
      'Ann [s:Lee [c:said] the] plan would fail.',
    ],
    [
      'equal spans nest by rank',
      [mark(text, 'plan', 3, 'n'), mark(text, 'plan', 1, 'q')],
      'Ann Lee said the [q:[n:plan]] would fail.',
    ],
    [
      'same rank: the longer mark is outer',
      [mark(text, 'plan', 1, 'a'), mark(text, 'the plan would', 1, 'b')],
      'Ann Lee said [b:the [a:plan] would] fail.',
    ],
    [
      'a weaker mark crossing two stronger marks becomes three pieces',
      [
        mark(text, 'Ann Lee', 1, 'p'),
        mark(text, 'plan would', 1, 'q'),
        mark(text, 'Lee said the plan', 2, 'n'),
      ],
      "[p:Ann [n:Lee]][n': said the ][q:[n':plan] would] fail.",
    ],
    [
      'three levels',
      [
        mark(text, 'Ann Lee said the plan', 0, 'b'),
        mark(text, 'said the plan', 1, 'q'),
        mark(text, 'plan', 2, 'n'),
      ],
      '[b:Ann Lee [q:said the [n:plan]]] would fail.',
    ],
  ])('%s', (_name, marks, expected) => {
    expect(show(text, nestMarks(text.length, marks))).toBe(expected)
  })

  test.each<[string, Mark<string>[], string]>([
    ['empty span dropped', [{ start: 3, end: 3, rank: 1, data: 'e' }], 'abcdef'],
    ['reversed span dropped', [{ start: 4, end: 2, rank: 1, data: 'r' }], 'abcdef'],
    ['span past the end clamped', [{ start: 4, end: 99, rank: 1, data: 'x' }], 'abcd[x:ef]'],
    ['negative start clamped', [{ start: -5, end: 2, rank: 1, data: 'x' }], '[x:ab]cdef'],
    ['NaN offsets dropped', [{ start: Number.NaN, end: Number.NaN, rank: 1, data: 'x' }], 'abcdef'],
  ])('odd spans: %s', (_name, marks, expected) => {
    expect(show('abcdef', nestMarks(6, marks))).toBe(expected)
  })

  test('segments cover the text exactly once, in order, and children stay inside their parent', () => {
    const long = 'abcdefghijklmnopqrstuvwxyz'
    const marks: Mark<number>[] = []
    for (let i = 0; i < 40; i++) {
      const start = (i * 7) % 26
      marks.push({ start, end: start + ((i * 5) % 9) + 1, rank: i % 3, data: i })
    }
    const check = (segments: readonly Segment<number>[], from: number, to: number): void => {
      let cursor = from
      for (const segment of segments) {
        expect(segment.start).toBe(cursor)
        expect(segment.end).toBeGreaterThan(segment.start)
        if (segment.type === 'mark') check(segment.children, segment.start, segment.end)
        cursor = segment.end
      }
      expect(cursor).toBe(to)
    }
    check(nestMarks(long.length, marks), 0, long.length)
  })

  test('exactly one first piece per kept mark', () => {
    const marks = [
      { start: 0, end: 4, rank: 1, data: 'a' },
      { start: 2, end: 8, rank: 2, data: 'b' },
      { start: 6, end: 10, rank: 1, data: 'c' },
    ]
    const firsts: string[] = []
    const walk = (segments: readonly Segment<string>[]): void => {
      for (const segment of segments) {
        if (segment.type !== 'mark') continue
        if (segment.piece === 0) firsts.push(segment.data)
        walk(segment.children)
      }
    }
    walk(nestMarks(10, marks))
    expect(firsts.sort()).toEqual(['a', 'b', 'c'])
  })
})
