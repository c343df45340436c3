import { expect, test } from 'vitest'
import type { ActorSummary } from './api-types.ts'
import { mostQuoted } from './rank-actors.ts'

const actor = (name: string, statementCount: number, articleCount = 1): ActorSummary => ({
  id: `person:${name.toLowerCase()}`,
  name,
  kind: 'person',
  aliases: [],
  articleCount,
  statementCount,
})

test.each<[ActorSummary[], number, string[]]>([
  [[], 5, []],
  [[actor('Ann', 1), actor('Bo', 3), actor('Cy', 0)], 5, ['Bo', 'Ann']],
  [[actor('Ann', 2, 1), actor('Bo', 2, 4), actor('Al', 2, 4)], 2, ['Al', 'Bo']],
])('mostQuoted %#', (actors, count, expected) => {
  expect(mostQuoted(actors, count).map((a) => a.name)).toEqual(expected)
})
