import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { sourceInAdverbial } from './adverbial-source.ts'
import type { StatementDraft } from './assemble.ts'
import { buildContext } from './context.ts'

/** Whether the source words (first place) of a draft with the given cue word lie in a prepositional phrase. */
function inAdverbial(text: string, source: string, cue: string): boolean {
  const context = buildContext(parseArticle(text))
  const place = (words: string) => {
    const at = text.indexOf(words)
    const start = context.tokens.findIndex((token) => token.start === at)
    const last = context.tokens.findLastIndex((token) => token.end === at + words.length)
    expect(start, `"${words}" starts a token`).toBeGreaterThanOrEqual(0)
    return { start, last }
  }
  const head = place(cue).start
  const draft = {
    cue: { start: head, end: head + 1, head, negated: false },
    source: place(source),
    content: { start: head + 1, last: head + 2, side: 'after' },
  } as unknown as StatementDraft
  return sourceInAdverbial(buildContext(parseArticle(text)), draft)
}

describe('sourceInAdverbial', () => {
  it.each([
    [
      'a source opening with "about"',
      'The firm rejects the claims about its new drug.',
      'about its new drug',
      'claims',
      true,
    ],
    [
      'a fronted "For" phrase before a gerund',
      'For the drivers, finding a phone is a treat.',
      'the drivers',
      'finding',
      true,
    ],
    [
      'a fronted "In" phrase before a verb',
      'In the city, saying sorry costs nothing.',
      'the city',
      'saying',
      true,
    ],
    [
      'the subject after a fronted phrase',
      'In a statement, the firm said prices would rise.',
      'the firm',
      'said',
      false,
    ],
    ['a plain subject', 'The firm said prices would rise.', 'The firm', 'said', false],
    [
      '"with" and a subject',
      'With analysts saying prices will rise, shares fell.',
      'analysts',
      'saying',
      false,
    ],
    ['a passive agent', 'The plan was criticised by unions on Monday.', 'unions', 'criticised', false],
  ])('%s', (_case, text, source, cue, expected) => {
    expect(inAdverbial(text, source, cue)).toBe(expected)
  })
})
