import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { StatementDraft } from './assemble.ts'
import { buildContext } from './context.ts'
import { dropSpurious } from './spurious.ts'

/** A draft whose source and content are the given words (each the first place they occur), as token places. */
function draftOf(text: string, source: string | null, content: string): { kept: boolean } {
  const context = buildContext(parseArticle(text))
  const place = (words: string) => {
    const at = text.indexOf(words)
    const start = context.tokens.findIndex((token) => token.start === at)
    const last = context.tokens.findLastIndex((token) => token.end === at + words.length)
    return { start, last }
  }
  const draft = {
    source: source === null ? null : place(source),
    content: { ...place(content), side: 'after' },
  } as unknown as StatementDraft
  return { kept: dropSpurious(context, [draft]).length === 1 }
}

describe('dropSpurious', () => {
  it.each([
    [
      'a content that is a relative pronoun',
      'The report, which ministers denied, was leaked.',
      'ministers',
      'which',
      false,
    ],
    ['a content that is a lone "it"', 'The government denied it on Monday.', 'The government', 'it', false],
    [
      'a source that is a passive auxiliary',
      'He resigned after being told the report was ready.',
      'being',
      'the report was ready',
      false,
    ],
    [
      'a source that is a preposition',
      'Charities reacted with alarm to the plans.',
      'with',
      'to the plans',
      false,
    ],
    [
      'a source that is a modal',
      'Mr Howard will acknowledge discrimination exists.',
      'will',
      'discrimination exists',
      false,
    ],
    ['a source that is a pronoun', 'He said the talks had failed.', 'He', 'the talks had failed', true],
    [
      'a source that is a plural noun',
      'Critics said the plan was flawed.',
      'Critics',
      'the plan was flawed',
      true,
    ],
    ['a one-word content that is a noun', 'Mr Abbas confirmed Israel.', 'Mr Abbas', 'Israel', true],
    ['no source', 'It is expected that prices will rise.', null, 'prices will rise', true],
  ] as const)('%s', (_case, text, source, content, kept) => {
    expect(draftOf(text, source, content).kept).toBe(kept)
  })
})
