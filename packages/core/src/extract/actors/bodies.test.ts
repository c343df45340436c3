import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { matchBodies } from './bodies.ts'
import { extractActors } from './index.ts'
import { tagArticle } from './tag-article.ts'

const bodiesOf = (text: string) => matchBodies(tagArticle(parseArticle(text))).map((m) => m.text)

describe('matchBodies', () => {
  it.each([
    ['Ann Vale said the Government would act within weeks.', ['Government']],
    ['The bill went through Parliament on Friday, Tom Rake said.', ['Parliament']],
    ['“Congress got involved,” Tom Rake said.', ['Congress']],
    ['He never planned to stay in Congress for long.', ['Congress']],
    [
      'The Scottish Government agreed, and so did the UK Government.',
      ['Scottish Government', 'UK Government'],
    ],
    ['Ann Vale wrote to the British Government on Monday.', ['British Government']],
  ])('%s → %j', (text, names) => {
    expect(bodiesOf(text)).toEqual(names)
  })

  it.each([
    // First in a sentence the noun may be a plain modifier; lower-cased it is the plain noun.
    'Government spending rose by a fifth.',
    'The government of the day fell.',
    // Inside or before a longer name, or the end of a title.
    'The African National Congress won the vote.',
    'Tom Rake spoke at Government House.',
    'Tom Rake, a Member of Parliament, spoke.',
  ])('%s → no body', (text) => {
    expect(bodiesOf(text)).toEqual([])
  })

  it('makes the body an organization actor of its country', () => {
    const actors = extractActors(parseArticle('Ann Vale wrote to the British Government on Monday.'))
    const body = actors.find((a) => a.id === 'organization:united-kingdom-government')
    expect(body?.kind).toBe('organization')
    expect(body?.affiliation).toBe('country:united-kingdom')
  })
})
