import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { StatementDraft } from './assemble.ts'
import { buildContext } from './context.ts'
import { sourceIsAClause } from './source-clause.ts'

/** Whether sourceIsAClause holds for the given source words and cue word (first places they occur) in the text. */
function isClause(text: string, words: string, cueWord: string): boolean {
  const context = buildContext(parseArticle(text))
  const place = (from: number, to: number) => ({
    start: context.tokens.findIndex((token) => token.start === from),
    last: context.tokens.findLastIndex((token) => token.end === to),
  })
  const at = text.indexOf(words)
  const source = place(at, at + words.length)
  const cueAt = text.indexOf(cueWord, at + words.length)
  const cuePlace = place(cueAt, cueAt + cueWord.length)
  const cue = { start: cuePlace.start, end: cuePlace.last + 1, head: cuePlace.start, negated: false }
  return sourceIsAClause(context, { source, cue } as unknown as StatementDraft)
}

describe('sourceIsAClause', () => {
  // [case, text, source words, cue word, a clause]
  const cases: Array<[string, string, string, string, boolean]> = [
    [
      'a subject and its modal before an inverted cue',
      'Floods cannot be ruled out, warns Ann Vale.',
      'Floods cannot be ruled out',
      'warns',
      true,
    ],
    [
      'a clause before an imperative',
      'A claim cannot be paid without a receipt, so ask the shop for one.',
      'A claim cannot be paid without a receipt',
      'ask',
      true,
    ],
    [
      'a modal in a relative clause',
      'Officials who will lead the inquiry, its chair said, are named.',
      'Officials who will lead the inquiry',
      'said',
      false,
    ],
    [
      'a modal after a comma',
      'Ann Vale, the mayor, should know, said Bo Lind.',
      'Ann Vale, the mayor, should know',
      'said',
      false,
    ],
    ['a name', 'Ann Vale said the bridge would reopen.', 'Ann Vale', 'said', false],
    ['a name that is a modal', 'Will Moss said the bridge would reopen.', 'Will Moss', 'said', false],
    [
      'a modal and a cue with no comma',
      'The driver could be heard saying he was lost.',
      'The driver could be heard',
      'saying',
      false,
    ],
    [
      'one subject with two verbs',
      'The bakery will be closing, and has said it may not reopen.',
      'The bakery will be closing',
      'said',
      false,
    ],
  ]
  it.each(cases)('%s', (_case, text, words, cueWord, expected) => {
    expect(isClause(text, words, cueWord)).toBe(expected)
  })
})
