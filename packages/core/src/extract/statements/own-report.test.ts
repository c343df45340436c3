import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import type { Span } from '../../schemas/span.ts'

/** Source and content of each statement of `text`. */
function reports(text: string): [string, string][] {
  const slice = (span: Span | null) => (span ? text.slice(span.start, span.end) : '')
  return analyze(text).statements.map((statement) => [slice(statement.source), slice(statement.content)])
}

describe('endBeforeOwnReport', () => {
  it.each([
    // [case, text, [source, content] of each statement]
    [
      "the speaker's own later report inside an interrupted content",
      'Acme will cut 200 jobs in Leeds, the firm said, after Acme said last week that sales had fallen.',
      [
        ['the firm', 'Acme will cut 200 jobs in Leeds'],
        ['Acme', 'that sales had fallen'],
      ],
    ],
    [
      "a content that ran into the next report's source",
      'The firm said it would cut jobs, and Acme said sales fell.',
      [
        ['The firm', 'it would cut jobs'],
        ['Acme', 'sales fell'],
      ],
    ],
    [
      "another speaker's whole report inside a content is kept",
      'Ms Cole said Mr Hale had told her that the farm was sold.',
      [
        ['Ms Cole', 'Mr Hale had told her that the farm was sold'],
        ['Mr Hale', 'that the farm was sold'],
      ],
    ],
    [
      "the same speaker's report that the content is about, with no comma before it",
      'Ms Cole admitted she misled the board when she denied the farm was sold.',
      [
        ['Ms Cole', 'she misled the board when she denied the farm was sold'],
        ['she', 'the farm was sold'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(reports(text)).toEqual(expected)
  })
})
