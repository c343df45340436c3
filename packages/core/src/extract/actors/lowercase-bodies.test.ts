import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { matchLowercaseBodies } from './lowercase-bodies.ts'
import { tagArticle } from './tag-article.ts'

const bodiesOf = (text: string) =>
  matchLowercaseBodies(tagArticle(parseArticle(text))).map((mention) => mention.text)

describe('matchLowercaseBodies', () => {
  it.each([
    ['The joint committee on human rights found gaps in care.', ['joint committee on human rights']],
    [
      'Ann Vale told the commission on rural housing that rents had doubled.',
      ['commission on rural housing'],
    ],
    ['The panel on water safety said the rules were weak.', ['panel on water safety']],
    ['The special committee on science and technology met.', ['special committee on science']],
    ['The Commons work and pensions committee said fees were high.', ['Commons work and pensions committee']],
    [
      'Ann Vale told the environment select committee that rivers were dirty.',
      ['environment select committee'],
    ],
    ['The Lords public services committee met.', ['Lords public services committee']],
  ])('%s → %j', (text, names) => {
    expect(bodiesOf(text)).toEqual(names)
  })

  it.each([
    // Not after "the", or a time and not a remit.
    'A committee on the matter was set up.',
    'The committee on Monday heard from Ann Vale.',
    'The panel on time was short.',
    // A head without a remit, or a board or council (named by a place, not by a remit).
    'The committee said the rules were weak.',
    'The council on housing met.',
    // A committee without a house before its remit or "select" after it, or without a remit.
    'The disciplinary committee said it was weak.',
    'The select committee said it was weak.',
    'Ann Vale told the Commons committee it was fine.',
  ])('%s → no body', (text) => {
    expect(bodiesOf(text)).toEqual([])
  })
})
