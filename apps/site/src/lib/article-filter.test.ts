import { describe, expect, test } from 'vitest'
import { ApiError } from './api-client.ts'
import type { ActorDetail, ArticleSummary } from './api-types.ts'
import { type ArticleListFilter, loadArticleList } from './article-filter.ts'

const article = (id: string): ArticleSummary => ({
  id,
  title: id,
  dateline: null,
  ingestedAt: '2026-12-02T00:00:00.000Z',
  excerpt: '',
  actorCount: 1,
  statementCount: 0,
})

const actor = (id: string, name: string): ActorDetail => ({
  id,
  name,
  kind: 'person',
  aliases: [],
  articleCount: 1,
  statementCount: 0,
  stances: [],
  opposedBy: [],
  timeline: [],
})

/** A stand-in API: two actors (one merged into the other) and articles by actor id. */
function fakeApi() {
  const actors: Record<string, ActorDetail> = {
    'person:ann-lee': actor('person:ann-lee', 'Ann Lee'),
    'person:lee': actor('person:ann-lee', 'Ann Lee'),
  }
  const byActor: Record<string, ArticleSummary[]> = { 'person:ann-lee': [article('a_1')] }
  const asked: unknown[] = []
  return {
    asked,
    getActor: async (id: string) => {
      if (id === 'Ann Lee') throw new ApiError('bad-request', 400, 'not an id')
      const found = actors[id]
      if (!found) throw new ApiError('not-found', 404, 'none')
      return found
    },
    listArticles: async (query: { actor?: string | undefined } = {}) => {
      asked.push(query.actor)
      return {
        items: query.actor ? (byActor[query.actor] ?? []) : [article('a_1'), article('a_2')],
        nextCursor: null,
      }
    },
  }
}

describe('loadArticleList', () => {
  test.each<[string, ArticleListFilter, unknown, string[], unknown[]]>([
    ['no actor: every article', {}, undefined, ['a_1', 'a_2'], [undefined]],
    [
      'an actor: its articles',
      { actor: 'person:ann-lee' },
      { id: 'person:ann-lee', name: 'Ann Lee' },
      ['a_1'],
      ['person:ann-lee'],
    ],
    [
      'a merged id: the canonical actor',
      { actor: 'person:lee' },
      { id: 'person:ann-lee', name: 'Ann Lee' },
      ['a_1'],
      ['person:ann-lee'],
    ],
    ['an unknown id: nothing', { actor: 'person:nobody' }, null, [], []],
    ['a name, not an id: nothing', { actor: 'Ann Lee' }, null, [], []],
  ])('%s', async (_, filter, expectedActor, ids, asked) => {
    const api = fakeApi()
    const list = await loadArticleList(filter, api)
    expect(list.actor).toEqual(expectedActor)
    expect(list.page.items.map((item) => item.id)).toEqual(ids)
    expect(api.asked).toEqual(asked)
  })

  test('an API that does not answer is an error for the page', async () => {
    const api = {
      ...fakeApi(),
      getActor: async () => {
        throw new ApiError('unavailable', 503, 'down')
      },
    }
    await expect(loadArticleList({ actor: 'person:ann-lee' }, api)).rejects.toThrow('down')
  })
})
