import { describe, expect, it } from 'vitest'
import type { Mention } from './mentions.ts'
import { oneWordNames } from './one-word-names.ts'

function mention(text: string, kind: Mention['kind']): Mention {
  return { first: 0, last: 1, start: 0, end: text.length, text, kind }
}

describe('oneWordNames', () => {
  it.each([
    ['no mentions', [], {}, []],
    [
      'a lone word twice, grouped in order',
      [
        ['Vellcor', 'person'],
        ['Vellcor', 'person'],
      ],
      { Vellcor: 2 },
      [],
    ],
    [
      'a full name bears its words and is no lone word',
      [
        ['Tom Vell', 'person'],
        ['Vell', 'person'],
      ],
      { Vell: 1 },
      ['Tom', 'Vell'],
    ],
    ['an organization of two words bears nothing', [['Vell Foods', 'organization']], {}, []],
    [
      'a kind the caller refuses is left out',
      [
        ['Dunmore', 'location'],
        ['Vellcor', 'person'],
      ],
      { Vellcor: 1 },
      [],
    ],
  ] as const)('%s', (_, rows, grouped, borne) => {
    const found = { mentions: rows.map(([text, kind]) => mention(text, kind)), demonyms: [] }
    const names = oneWordNames(found, (m) => m.kind === 'person')
    const counts = Object.fromEntries([...names.byName].map(([name, list]) => [name, list.length]))
    expect(counts).toEqual(grouped)
    expect([...names.borne].sort()).toEqual([...borne])
  })
})
