import type { Polarity } from '@whosaid/core/schemas'
import { expect, test } from 'vitest'
import type { RelationView } from './api-types.ts'
import { groupStances } from './stances.ts'

const edge = (source: string, target: string, polarity: Polarity, count: number): RelationView => ({
  source,
  sourceName: source.toUpperCase(),
  target,
  targetName: target.toUpperCase(),
  polarity,
  count,
  statements: [],
})

test('groups by the other actor, most statements first', () => {
  const groups = groupStances(
    [edge('a', 'b', 'oppose', 1), edge('a', 'c', 'support', 1), edge('a', 'b', 'demand', 2)],
    'target',
  )
  expect(groups.map((g) => `${g.name}:${g.total}:${g.edges.map((e) => e.polarity).join('+')}`)).toEqual([
    'B:3:demand+oppose',
    'C:1:support',
  ])
})

test('incoming edges group by source', () => {
  expect(
    groupStances([edge('x', 'a', 'oppose', 1), edge('y', 'a', 'oppose', 4)], 'source').map((g) => g.name),
  ).toEqual(['Y', 'X'])
})
