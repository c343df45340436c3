import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { findDrafts } from './index.ts'
import { namesOnlyLaw } from './law-source.ts'
import { shippedModel } from './model.ts'
import { spanOf } from './token-span.fixture.ts'

/** Whether namesOnlyLaw holds for the given source words (first place they occur) in the text. */
function onlyLaw(text: string, words: string): boolean {
  const context = buildContext(parseArticle(text))
  return namesOnlyLaw(context, spanOf(context, text, words))
}

describe('namesOnlyLaw', () => {
  // [case, text, source words, names only a law]
  const cases: Array<[string, string, string, boolean]> = [
    ['a numbered section', 'Section 12 calls for yearly checks on every dam.', 'Section 12', true],
    [
      'a numbered article of a named act',
      'Article 7 of the Harbour Act requires a pilot on board.',
      'Article 7 of the Harbour Act',
      true,
    ],
    ['the new law', 'The new law says shops must close at ten.', 'The new law', true],
    ['legislation', 'The legislation demands that farms report spills.', 'The legislation', true],
    [
      "a law's own name",
      'The Clean Rivers Act insists that councils test the water.',
      'The Clean Rivers Act',
      true,
    ],
    [
      'a law named with "of"',
      'The Freedom of Movement Act states that workers may stay.',
      'The Freedom of Movement Act',
      true,
    ],
    ['the author of a law', 'The author of the law said it was overdue.', 'The author of the law', false],
    ['a minister', 'The minister said the rules were clear.', 'The minister', false],
    [
      'a person behind a law',
      'The senator behind the Clean Rivers Act said it would pass.',
      'The senator behind the Clean Rivers Act',
      false,
    ],
    ['a bill', 'The bill proposes longer terms for fraud.', 'The bill', true],
    ["a bill's own name", 'The Safe Roads Bill calls for more speed cameras.', 'The Safe Roads Bill', true],
    [
      "a bill's name joined with and",
      'The Roads and Rail Bill proposes more speed cameras.',
      'The Roads and Rail Bill',
      true,
    ],
    ['a first name like a law noun', 'Bill said the plan was fair.', 'Bill', false],
    ['a first name after and', 'Ann Lee and Bill said the plan was fair.', 'Ann Lee and Bill', false],
    ['a first name and surname like a law noun', 'Bill Hart said the plan was fair.', 'Bill Hart', false],
    ['a surname like a law noun', 'Jane Laws said the plan was fair.', 'Jane Laws', false],
    ['a surname after a title', 'Mr Law said the plan was fair.', 'Mr Law', false],
    ['an article by a writer', 'The article argues that fares are too high.', 'The article', false],
  ]
  it.each(cases)('%s', (_case, text, words, expected) => {
    expect(onlyLaw(text, words)).toBe(expected)
  })
})

describe('findDrafts with a law as source', () => {
  // [case, text, statements kept for reach 'spoken']
  const cases: Array<[string, string, number]> = [
    ['a section calls for', 'Section 12 calls for yearly checks on every dam.', 0],
    ['the new law says', 'The new law says shops must close at ten.', 0],
    ['a minister says', 'The minister says shops must close at ten.', 1],
    ['a person named Laws says', 'Jane Laws says shops must close at ten.', 1],
    ['the bill proposes', 'The bill proposes that shops must close at ten.', 0],
    ['a person named Bill says', 'Bill Hart says shops must close at ten.', 1],
  ]
  it.each(cases)('%s', (_case, text, kept) => {
    const drafts = findDrafts(parseArticle(text), shippedModel(), 'spoken')
    expect(drafts).toHaveLength(kept)
  })
})
