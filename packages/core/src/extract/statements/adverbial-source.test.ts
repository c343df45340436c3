import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { sourceInAdverbial } from './adverbial-source.ts'
import type { StatementDraft } from './assemble.ts'
import { buildContext } from './context.ts'
import { spanOf } from './token-span.fixture.ts'

/** Whether the source words (first place) of a draft with the given cue word lie in a prepositional phrase. */
function inAdverbial(text: string, source: string, cue: string): boolean {
  const context = buildContext(parseArticle(text))
  const place = (words: string) => spanOf(context, text, words)
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
      'Parents voice doubts about the new school.',
      'about the new school',
      'doubts',
      true,
    ],
    [
      'a source opening with "over" and no count',
      'Tenants share fears over the rent rise.',
      'over the rent rise',
      'fears',
      true,
    ],
    ['"About" and a number', 'About 40 nurses said the ward was short.', 'About 40 nurses', 'said', false],
    [
      '"About" and a number word',
      'About two hundred pupils say lunch is cold.',
      'About two hundred pupils',
      'say',
      false,
    ],
    [
      '"Over" and "a quarter"',
      'Over a quarter of tenants say rents are high.',
      'Over a quarter of tenants',
      'say',
      false,
    ],
    ['"About" and "half"', 'About half the staff said pay was low.', 'About half the staff', 'said', false],
    [
      'a fronted "For" phrase before a gerund',
      'For most pupils, reading a map is hard.',
      'most pupils',
      'reading',
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
      'With parents saying fees will rise, the school froze them.',
      'parents',
      'saying',
      false,
    ],
    ['a passive agent', 'The plan was criticised by unions on Monday.', 'unions', 'criticised', false],
  ])('%s', (_case, text, source, cue, expected) => {
    expect(inAdverbial(text, source, cue)).toBe(expected)
  })
})
