import { describe, expect, test } from 'vitest'
import {
  type ArticleMention,
  type EvalPerson,
  loneSurname,
  type MentionCount,
  mergedIds,
  normalizeName,
  scorePeople,
  surnameOf,
  withSurnames,
} from './identity-score.ts'

const people: EvalPerson[] = [
  { name: 'Bill Clinton', forms: ['Mr Clinton', 'President Clinton'], clashes: ['Hillary Clinton'] },
  { name: 'Hillary Clinton', forms: ['Mrs Clinton', 'Hillary'], clashes: ['Bill Clinton'] },
  { name: 'Tony Blair', forms: ['Mr Blair'], clashes: [] },
]

const row = (surface: string, actorId: string, count: number): MentionCount => ({ surface, actorId, count })

describe('normalizeName', () => {
  test.each([
    ['Donald J. Trump', 'donald j trump'],
    ["Mr. Trump's", 'mr trump'],
    ['  Émile   Zola ', 'emile zola'],
    ['', ''],
  ])('%s → %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected)
  })
})

describe('scorePeople', () => {
  // Each case: rows the store holds → per person [ids, share on the main id, wrong merges].
  test.each<[string, MentionCount[], Record<string, [number, number, string]>]>([
    [
      'each person on one id of their own',
      [row('Bill Clinton', 'p:bill', 4), row('Mr. Clinton', 'p:bill', 1), row('Hillary', 'p:hillary', 2)],
      { 'Bill Clinton': [1, 1, ''], 'Hillary Clinton': [1, 1, ''], 'Tony Blair': [0, 0, ''] },
    ],
    [
      'a person split over two ids',
      [row('Tony Blair', 'p:tony-blair', 3), row('Mr Blair', 'p:blair', 1)],
      { 'Bill Clinton': [0, 0, ''], 'Hillary Clinton': [0, 0, ''], 'Tony Blair': [2, 0.75, ''] },
    ],
    [
      'two people merged into one id: each is a wrong merge of the other',
      [
        row('Bill Clinton', 'p:clinton', 3),
        row('Hillary Clinton', 'p:clinton', 2),
        row('Mrs Clinton', 'p:h', 1),
      ],
      {
        'Bill Clinton': [1, 1, 'Hillary Clinton:2'],
        'Hillary Clinton': [2, 2 / 3, 'Bill Clinton:3'],
        'Tony Blair': [0, 0, ''],
      },
    ],
    [
      'a bare shared surname counts for no one',
      [row('Clinton', 'p:clinton', 9), row('Bill Clinton', 'p:bill', 1)],
      { 'Bill Clinton': [1, 1, ''], 'Hillary Clinton': [0, 0, ''], 'Tony Blair': [0, 0, ''] },
    ],
  ])('%s', (_, rows, expected) => {
    const scores = scorePeople(rows, people)
    const figures = Object.fromEntries(
      scores.map((score) => [
        score.name,
        [
          score.ids.length,
          score.mainShare,
          score.wrongMerges.map((merge) => `${merge.person}:${merge.count}`).join(' '),
        ],
      ]),
    )
    expect(figures).toEqual(expected)
  })

  test('ids are ranked by mentions, then by id', () => {
    const [bill] = scorePeople(
      [row('Bill Clinton', 'p:b', 1), row('Bill Clinton', 'p:a', 1), row('Mr Clinton', 'p:c', 2)],
      people,
    )
    expect(bill?.ids.map((id) => id.actorId)).toEqual(['p:c', 'p:a', 'p:b'])
    expect(bill?.mainId).toBe('p:c')
  })
})

describe('mergedIds', () => {
  test.each<[string, MentionCount[], string[]]>([
    ['no id holds two people', [row('Bill Clinton', 'p:bill', 2), row('Hillary', 'p:h', 1)], []],
    [
      'two people on one id: the smaller side is the wrong merge, counted once',
      [
        row('Bill Clinton', 'p:clinton', 3),
        row('Mrs Clinton', 'p:clinton', 1),
        row('Hillary', 'p:clinton', 1),
      ],
      ['p:clinton Bill Clinton ← Hillary Clinton:2'],
    ],
    [
      'three people on one id, and another merged id',
      [
        row('Tony Blair', 'p:x', 5),
        row('Bill Clinton', 'p:x', 1),
        row('Hillary', 'p:x', 2),
        row('Mr Blair', 'p:y', 1),
        row('Mr Clinton', 'p:y', 1),
      ],
      ['p:x Tony Blair ← Hillary Clinton:2 Bill Clinton:1', 'p:y Bill Clinton ← Tony Blair:1'],
    ],
  ])('%s', (_, rows, expected) => {
    expect(
      mergedIds(rows, people).map(
        (id) => `${id.actorId} ${id.owner} ← ${id.others.map((o) => `${o.person}:${o.count}`).join(' ')}`,
      ),
    ).toEqual(expected)
  })
})

describe('loneSurname and surnameOf', () => {
  test.each([
    ['Blair', 'blair'],
    ["Mr. Blair's", 'blair'],
    ['Senator Cruz', 'cruz'],
    ['Tony Blair', ''],
    ['Mr', 'mr'],
    ['', ''],
  ])('loneSurname(%j) → %j', (surface, expected) => {
    expect(loneSurname(surface)).toBe(expected)
  })

  test.each([
    ['Tony Blair', 'blair'],
    ['Donald Trump Jr.', 'trump'],
    ['George H.W. Bush', 'bush'],
  ])('surnameOf(%j) → %j', (name, expected) => {
    expect(surnameOf(name)).toBe(expected)
  })
})

describe('withSurnames', () => {
  const at = (articleId: string, surface: string, actorId: string): ArticleMention => ({
    articleId,
    surface,
    actorId,
  })
  const shown = (rows: MentionCount[]) =>
    rows.map((one) => `${one.surface}@${one.actorId}:${one.count}`).sort()

  // Each case: the stored mentions → the counted rows (person@actor:count).
  test.each<[string, ArticleMention[], string[]]>([
    [
      'a lone surname counts for the one namesake its article names',
      [
        at('a', 'Tony Blair', 'p:tony-blair'),
        at('a', 'Blair', 'l:blair'),
        at('a', 'Mr Blair', 'p:tony-blair'),
      ],
      ['Tony Blair@l:blair:1', 'Tony Blair@p:tony-blair:2'],
    ],
    [
      'not when the article names two namesakes',
      [at('a', 'Bill Clinton', 'p:bill'), at('a', 'Hillary', 'p:h'), at('a', 'Clinton', 'p:clinton')],
      ['Bill Clinton@p:bill:1', 'Hillary Clinton@p:h:1'],
    ],
    [
      'not when only another article names the namesake',
      [at('a', 'Tony Blair', 'p:tony-blair'), at('b', 'Blair', 'p:blair')],
      ['Tony Blair@p:tony-blair:1'],
    ],
    [
      'a name of two words is no lone surname',
      [at('a', 'Tony Blair', 'p:tony-blair'), at('a', 'Cherie Blairs', 'p:x')],
      ['Tony Blair@p:tony-blair:1'],
    ],
  ])('%s', (_, mentions, expected) => {
    expect(shown(withSurnames(mentions, people))).toEqual(expected)
  })
})
