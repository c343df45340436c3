import { describe, expect, test } from 'vitest'
import type { StatementQuery } from './api-client.ts'
import type { ActorSummary } from './api-types.ts'
import type { StatementFilter } from './statement-filter.ts'
import { loadStatementList } from './statement-list.ts'

const actor = (id: string, name: string): ActorSummary => ({
  id,
  name,
  kind: 'person',
  aliases: [],
  articleCount: 1,
  statementCount: 1,
})

const people = [
  actor('person:bill-clinton', 'Bill Clinton'),
  actor('person:hillary-clinton', 'Hillary Clinton'),
  actor('person:ann-lee', 'Ann Lee'),
]

/** A stand-in API: actor search by substring over three people; statements record the query they were asked. */
function fakeApi() {
  const asked: StatementQuery[] = []
  return {
    asked,
    listActors: async (query: { q?: string | undefined } = {}) => ({
      items: people.filter((p) => p.name.toLowerCase().includes((query.q ?? '').toLowerCase())),
      nextCursor: null,
    }),
    getActor: async () => {
      throw new Error('not asked for names')
    },
    listStatements: async (query: StatementQuery = {}) => {
      asked.push(query)
      return { items: [], nextCursor: null }
    },
  }
}

describe('loadStatementList', () => {
  test.each<[string, StatementFilter, string[], string[], (string | undefined)[]]>([
    ['no actor boxes: statements', { polarity: 'oppose' }, [], [], [undefined]],
    ['one speaker: its statements', { speaker: 'Ann Lee' }, [], [], ['person:ann-lee']],
    ['a clash in the speaker box: choices, no statements', { speaker: 'Clinton' }, ['speaker:2'], [], []],
    ['a clash in the about box too', { speaker: 'Ann', target: 'clinton' }, ['target:2'], [], []],
    ['an unknown name: no statements', { speaker: 'Nobody' }, [], ['Nobody'], []],
  ])('%s', async (_, filter, ambiguous, unknown, speakers) => {
    const api = fakeApi()
    const list = await loadStatementList(filter, api)
    expect(list.ambiguous.map((a) => `${a.box}:${a.choices.length}`)).toEqual(ambiguous)
    expect(list.unknown).toEqual(unknown)
    expect(api.asked.map((query) => query.speaker)).toEqual(speakers)
  })
})
