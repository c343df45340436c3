import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { StatementDraft } from './assemble.ts'
import { buildContext } from './context.ts'
import { isPageLabel } from './page-labels.ts'
import { spanOf } from './token-span.fixture.ts'

/** Whether the draft with the first `source` words as source and the first `cue` after them as cue is a page label. */
function pageLabel(body: string, source: string, cue: string): boolean {
  const text = `Notes\n\nThe page opens here.\n\n${body}`
  const context = buildContext(parseArticle(text))
  const sourceAt = text.indexOf(source, 28)
  const sourcePlace = spanOf(context, text, source, 28)
  const cuePlace = spanOf(context, text, cue, sourceAt + source.length)
  const draft = {
    cue: { start: cuePlace.start, end: cuePlace.last + 1, head: cuePlace.start, negated: false },
    source: { start: sourcePlace.start, last: sourcePlace.last },
  } as unknown as StatementDraft
  return isPageLabel(context, draft)
}

describe('isPageLabel', () => {
  // [case, body, source words, cue, a page label]
  const cases: Array<[string, string, string, string, boolean]> = [
    ['a dictionary field', 'MEANING: Overly sentimental.', 'MEANING', ':', true],
    ['a field in its own paragraph', 'PRONUNCIATION:\n\nMAWD-lin', 'PRONUNCIATION', ':', true],
    ['a post scriptum', 'PS: I forgot one thing.', 'PS', ':', true],
    ['an edit note', 'EDIT: Thanks for the answers.', 'EDIT', ':', true],
    ['a transcript speaker', 'WALLACE: Do you agree?', 'WALLACE', ':', false],
    [
      'a transcript speaker whose name is also a word',
      'PRICE: We expect talks to resume.',
      'PRICE',
      ':',
      false,
    ],
    ['a label word in lower case', 'Meaning: it is sentimental.', 'Meaning', ':', false],
    ['a label word with a verb cue', 'EDITOR said the page was old.', 'EDITOR', 'said', false],
  ]
  it.each(cases)('%s', (_case, body, source, cue, expected) => {
    expect(pageLabel(body, source, cue)).toBe(expected)
  })
})
