import { describe, expect, it } from 'vitest'
import type { Statement } from '../schemas/statement.ts'
import { deriveRelations } from './relations.ts'

const statement = (
  id: string,
  speaker: string | null,
  target?: string,
  polarity?: 'oppose' | 'support',
): Statement => ({
  id,
  speaker,
  ...(speaker === null ? { speakerReason: 'no-source' as const } : {}),
  source: null,
  cue: null,
  content: { start: 0, end: 1 },
  mode: 'indirect',
  negated: false,
  ...(target && polarity ? { stance: { target, polarity } } : {}),
})

describe('deriveRelations', () => {
  it('folds statements into one edge per speaker, target and polarity', () => {
    const relations = deriveRelations([
      statement('s_1', 'person:a', 'country:b', 'oppose'),
      statement('s_2', 'person:a', 'country:b', 'oppose'),
      statement('s_3', 'person:a', 'country:b', 'support'),
      statement('s_4', 'person:a'),
      statement('s_5', null, 'country:b', 'oppose'),
      statement('s_6', 'country:b', 'country:b', 'oppose'),
    ])
    expect(relations).toEqual([
      { source: 'person:a', target: 'country:b', polarity: 'oppose', count: 2, statements: ['s_1', 's_2'] },
      { source: 'person:a', target: 'country:b', polarity: 'support', count: 1, statements: ['s_3'] },
    ])
  })
})
