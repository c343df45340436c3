import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Mention } from './mentions.ts'
import { settleOneWordMentions } from './one-word-organizations.ts'
import { type TaggedArticle, tagArticle } from './tag-article.ts'

/** Mentions given before the stage: first word, last word, kind. */
type Given = Array<[string, string, Mention['kind']]>

/** A hand-made mention of the words `first` to `last` (inclusive) of the article, of `kind`. */
function mentionOf(article: TaggedArticle, first: string, last: string, kind: Mention['kind']): Mention {
  const from = article.tokens.findIndex((token) => token.text === first)
  const to = article.tokens.findIndex((token, i) => i >= from && token.text === last)
  const start = article.tokens[from]?.start ?? 0
  const end = article.tokens[to]?.end ?? 0
  return { first: from, last: to + 1, start, end, text: article.view.slice(start, end), kind }
}

/** The mentions after settling `word` as an organization (standing for `canonical`), as "text kind canonical". */
function settled(text: string, given: Given, word: string, canonical?: string): string[] {
  const article = tagArticle(parseArticle(text))
  const found = {
    mentions: given.map(([first, last, kind]) => mentionOf(article, first, last, kind)),
    demonyms: [],
  }
  const at = article.tokens.findIndex((token) => token.text === word)
  // A country stands for a stage that decided the mention already.
  settleOneWordMentions(article, found, [{ at, canonical }], (m) => m.kind === 'country')
  return found.mentions.map((m) => [m.text, m.kind, m.canonical ?? '-'].join(' '))
}

describe('settleOneWordMentions', () => {
  it.each<{
    case: string
    text: string
    given: Given
    word: string
    canonical: string | undefined
    expected: string[]
  }>([
    {
      case: 'a word no mention covers gets a mention, in text order',
      text: 'Staff of Zarco met Ann Lee.',
      given: [['Ann', 'Lee', 'person']],
      word: 'Zarco',
      canonical: undefined,
      expected: ['Zarco organization -', 'Ann Lee person -'],
    },
    {
      case: 'the mention of the word alone becomes an organization',
      text: 'Zarco said the plan was sound.',
      given: [['Zarco', 'Zarco', 'person']],
      word: 'Zarco',
      canonical: undefined,
      expected: ['Zarco organization -'],
    },
    {
      case: 'with the one name it stands for',
      text: 'Greens said the plan was sound.',
      given: [['Greens', 'Greens', 'group']],
      word: 'Greens',
      canonical: 'Green Party',
      expected: ['Greens organization Green Party'],
    },
    {
      case: 'a new mention with the one name',
      text: 'The Greens said the plan was sound.',
      given: [],
      word: 'Greens',
      canonical: 'Green Party',
      expected: ['Greens organization Green Party'],
    },
    // Where it must not act.
    {
      case: 'a mention another stage settled stays as it is',
      text: 'Mexico said the plan was sound.',
      given: [['Mexico', 'Mexico', 'country']],
      word: 'Mexico',
      canonical: undefined,
      expected: ['Mexico country -'],
    },
    {
      case: 'a word inside a longer name is left to it',
      text: 'Zarco Group said the plan was sound.',
      given: [['Zarco', 'Group', 'organization']],
      word: 'Zarco',
      canonical: 'Zarco',
      expected: ['Zarco Group organization -'],
    },
  ])('$case', ({ text, given, word, canonical, expected }) => {
    expect(settled(text, given, word, canonical)).toEqual(expected)
  })
})
