import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractStatements } from './index.ts'

/** The [source words, cue words] of the statements found in a text. */
function statementsOf(text: string): Array<[string | null, string | null]> {
  const slice = (span: { start: number; end: number } | null) =>
    span ? text.slice(span.start, span.end) : null
  return extractStatements(parseArticle(text), []).map((s) => [slice(s.source), slice(s.cue)])
}

describe('withoutOpeningParticiples', () => {
  // [case, text, [source, cue] of each statement]
  const cases: Array<[string, string, Array<[string | null, string | null]>]> = [
    [
      'the paper written in is no speaker of the sentence',
      'Budget\n\nWriting in the Daily Post, Mr Dunn said taxes should fall.',
      [['Mr Dunn', 'said']],
    ],
    [
      'a writer described between commas',
      'Budget\n\nWriting in a weekly paper, Ann Lee, a union leader, argued that pay must rise.',
      [['Ann Lee, a union leader', 'argued']],
    ],
  ]
  it.each(cases)('%s', (_case, text, statements) => {
    expect(statementsOf(text)).toEqual(statements)
  })
})
