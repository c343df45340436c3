import { describe, expect, it } from 'vitest'
import { type ArticleMove, movesByArticle } from './identity-article-rows.ts'

/** A move of extracted id `id` in article `articleId` from the lone word's row to a person's. */
function move(articleId: string, id: string): ArticleMove {
  return { articleId, id, from: 'person:plum', into: 'person:ada-plum' }
}

describe('movesByArticle', () => {
  it.each<[string, ArticleMove[], [string, string[]][]]>([
    ['no moves, no groups', [], []],
    ['one move, one group', [move('a_1', 'x')], [['a_1', ['x']]]],
    [
      'moves of one article stay in the order given',
      [move('a_1', 'z'), move('a_1', 'x'), move('a_1', 'y')],
      [['a_1', ['z', 'x', 'y']]],
    ],
    [
      'interleaved articles are grouped, articles in id order',
      [move('a_3', 'p'), move('a_1', 'q'), move('a_3', 'r'), move('a_2', 's'), move('a_1', 't')],
      [
        ['a_1', ['q', 't']],
        ['a_2', ['s']],
        ['a_3', ['p', 'r']],
      ],
    ],
  ])('%s', (_, moves, expected) => {
    const groups = movesByArticle(moves)
    expect(groups.map(([articleId, list]) => [articleId, list.map(({ id }) => id)])).toEqual(expected)
    // Every move is in exactly one group, as given (the same objects, none copied or dropped).
    expect(groups.flatMap(([, list]) => list)).toHaveLength(moves.length)
    for (const [articleId, list] of groups) for (const item of list) expect(item.articleId).toBe(articleId)
  })

  it('groups many moves of one article into one list of all of them', () => {
    const moves = Array.from({ length: 20_000 }, (_, i) => move(i % 2 === 0 ? 'a_1' : 'a_2', `m${i}`))
    const groups = movesByArticle(moves)
    expect(groups.map(([articleId, list]) => [articleId, list.length])).toEqual([
      ['a_1', 10_000],
      ['a_2', 10_000],
    ])
  })
})
