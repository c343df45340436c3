import { describe, expect, it } from 'vitest'
import { windowOfSpan } from './identity-window.ts'
import { factsReach, registryReach, type WordBearer } from './registry-reach.ts'

/** A bearer of a word with this span (none: undated). */
function bearer(first?: string, last = first, notName = false): WordBearer {
  const span = first && last ? { first: new Date(first), last: new Date(last) } : undefined
  return { name: 'Ann Bloggs', kind: 'person', role: null, affiliation: null, span, notName }
}

/** The bearers of one word, by id. */
function bearers(word: string, byId: Record<string, WordBearer>) {
  return new Map([[word, new Map(Object.entries(byId))]])
}

/** The reach a table row expects: each word's bearers as the windows of their spans, or 'all'. */
function windowsOf(expected: Record<string, 'all' | readonly WordBearer[]>) {
  return Object.fromEntries(
    Object.entries(expected).map(([word, sides]) => [
      word,
      sides === 'all' ? 'all' : sides.map((side) => side.span && windowOfSpan(side.span)),
    ]),
  )
}

describe('registryReach', () => {
  const ann = bearer('2013-04-01')
  const later = bearer('2013-04-01', '2016-10-01')
  it.each([
    ['nothing changed: no word', bearers('bloggs', { a: ann }), bearers('bloggs', { a: ann }), {}],
    ['a dated bearer added: its window', new Map(), bearers('bloggs', { a: ann }), { bloggs: [ann] }],
    ['an undated bearer added: every date', new Map(), bearers('bloggs', { a: bearer() }), { bloggs: 'all' }],
    [
      'a bearer under a new id: the window of both',
      bearers('bloggs', { a: ann }),
      bearers('bloggs', { b: ann }),
      { bloggs: [ann, ann] },
    ],
    [
      'a span widened: the window before and after',
      bearers('bloggs', { a: ann }),
      bearers('bloggs', { a: later }),
      { bloggs: [ann, later] },
    ],
    [
      'a role changed: its window',
      bearers('bloggs', { a: ann }),
      bearers('bloggs', { a: { ...ann, role: 'mayor' } }),
      { bloggs: [ann, ann] },
    ],
    [
      'an affiliation changed: its window',
      bearers('bloggs', { a: { ...ann, affiliation: 'organization:mill-party' } }),
      bearers('bloggs', { a: { ...ann, affiliation: 'organization:dockers-union' } }),
      { bloggs: [ann, ann] },
    ],
    [
      'renamed with a generation: its window',
      bearers('bloggs', { a: ann }),
      bearers('bloggs', { a: { ...ann, name: `${ann.name} Jr.` } }),
      { bloggs: [ann, ann] },
    ],
    ['a bearer removed: its window', bearers('bloggs', { a: ann }), new Map(), { bloggs: [ann] }],
    [
      'made a name: every article of its words',
      bearers('bloggs', { a: bearer('2013-04-01', '2013-04-01', true) }),
      bearers('bloggs', { a: ann }),
      { ann: 'all', bloggs: 'all' },
    ],
  ] as const)('%s', (_what, before, after, expected) => {
    const reach = Object.fromEntries(registryReach(before, after))
    expect(reach).toEqual(windowsOf(expected))
  })
})

describe('factsReach', () => {
  const ann = bearer('2013-04-01')
  const bob = { ...bearer('1995-02-01'), name: 'Bob Bloggs' }
  it.each([
    ['no bearer changed: no word', bearers('bloggs', { a: ann }), [], {}],
    ['a dated bearer changed: its window', bearers('bloggs', { a: ann, b: bob }), ['a'], { bloggs: [ann] }],
    ['an undated bearer changed: every date', bearers('bloggs', { a: bearer() }), ['a'], { bloggs: 'all' }],
    [
      'two bearers changed: both windows',
      bearers('bloggs', { a: ann, b: bob }),
      ['a', 'b'],
      { bloggs: [ann, bob] },
    ],
    ['a person bearing no word of them: none', bearers('bloggs', { a: ann }), ['c'], {}],
  ] as const)('%s', (_what, found, changed, expected) => {
    const reach = Object.fromEntries(factsReach(found, new Set(changed)))
    expect(reach).toEqual(windowsOf(expected))
  })
})
