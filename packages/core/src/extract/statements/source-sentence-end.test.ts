import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractStatements } from './index.ts'

/** The source of the statement a text's cue word introduces, as text. */
function sourceAt(text: string, cue: string): string | null {
  const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end)
  const found = extractStatements(parseArticle(text), []).find((s) => s.cue && slice(s.cue) === cue)
  return found?.source ? slice(found.source) : null
}

describe('sourceEndBeforeQuote', () => {
  // [case, text, cue, source]
  const cases: Array<[string, string, string, string]> = [
    [
      'a one-sentence quote resumed after the source',
      'A title\n\n"It was a long day," said the 31-year-old. "I was unable to sleep."',
      'said',
      'the 31-year-old',
    ],
    [
      'a two-sentence quote resumed after the source',
      'A title\n\n"It was a long day," said the 31-year-old. "I was unable to sleep. I have never felt so tired."',
      'said',
      'the 31-year-old',
    ],
    [
      'a three-sentence quote resumed after the source',
      'A title\n\n"It was a long day," said the 31-year-old. "I was unable to sleep. I felt tired. Now I rest."',
      'said',
      'the 31-year-old',
    ],
    [
      'a described source before a two-sentence quote',
      'A title\n\n"We got lucky," said the veteran keeper. "The wind helped us a lot today. The ball dipped."',
      'said',
      'the veteran keeper',
    ],
    [
      'a named source before a two-sentence quote',
      'A title\n\n"It is a fair result," said Tom Hale. "They ran harder. We must learn from it."',
      'said',
      'Tom Hale',
    ],
    [
      'a source followed by text outside quotes is unchanged',
      'A title\n\n"It was a long day," said the 31-year-old. She now rests for a month.',
      'said',
      'the 31-year-old',
    ],
  ]
  it.each(cases)('%s', (_, text, cue, source) => {
    expect(sourceAt(text, cue)).toBe(source)
  })
})
