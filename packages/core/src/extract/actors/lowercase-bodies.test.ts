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
  ])('%s → no body', (text) => {
    expect(bodiesOf(text)).toEqual([])
  })
})
