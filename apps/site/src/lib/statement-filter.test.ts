import { describe, expect, test } from 'vitest'
import {
  describeStatementFilter,
  isActorId,
  parseStatementFilter,
  toStatementQuery,
} from './statement-filter.ts'

describe('parseStatementFilter', () => {
  test.each<[string, Record<string, string>]>([
    ['', {}],
    ['speaker=Ann+Lee&polarity=oppose', { speaker: 'Ann Lee', polarity: 'oppose' }],
    ['speaker=&target=%20%20&q=', {}],
    ['polarity=hates&from=2024-13-01&to=2024-02-30', {}],
    ['from=2024-03-01&to=2024-03-31', { from: '2024-03-01', to: '2024-03-31' }],
    ['from=0000-01-01&to=9999-12-31', { to: '9999-12-31' }],
    ['from=0001-01-01', { from: '0001-01-01' }],
    ['q=%20budget%20cuts%20&cursor=abc', { q: 'budget cuts', cursor: 'abc' }],
    ['unknown=1&speaker=person:ann-lee', { speaker: 'person:ann-lee' }],
    [`q=${'x'.repeat(300)}`, { q: 'x'.repeat(200) }],
  ])('%s', (query, expected) => {
    expect(parseStatementFilter(new URLSearchParams(query))).toEqual(expected)
  })
})

describe('isActorId', () => {
  test.each([
    ['person:ann-lee', true],
    ['country:united-states', true],
    ['Ann Lee', false],
    ['person:', false],
    ['alien:zork', false],
  ])('%s → %s', (text, expected) => {
    expect(isActorId(text)).toBe(expected)
  })
})

describe('toStatementQuery', () => {
  test('dates cover whole days; resolved actors become ids; unresolved ones are left out', () => {
    expect(
      toStatementQuery(
        {
          speaker: 'Ann Lee',
          target: 'Nobody',
          polarity: 'oppose',
          from: '2024-03-01',
          to: '2024-03-31',
          q: 'cuts',
        },
        { speaker: { id: 'person:ann-lee', name: 'Ann Lee' }, target: null },
      ),
    ).toEqual({
      limit: 20,
      speaker: 'person:ann-lee',
      polarity: 'oppose',
      q: 'cuts',
      from: '2024-03-01T00:00:00.000Z',
      to: '2024-03-31T23:59:59.999Z',
    })
  })
})

describe('describeStatementFilter', () => {
  const ann = { id: 'person:ann-lee', name: 'Ann Lee' }
  const council = { id: 'organization:council', name: 'Council' }
  test.each<
    [Parameters<typeof describeStatementFilter>[0], Parameters<typeof describeStatementFilter>[1], string]
  >([
    [{}, {}, 'Statements'],
    [{ speaker: 'ann lee' }, { speaker: ann }, 'Statements by Ann Lee'],
    [
      { polarity: 'oppose' },
      { speaker: ann, target: council },
      'Statements by Ann Lee about Council (oppose)',
    ],
    [{ q: 'cuts', from: '2024-03-01' }, {}, 'Statements saying “cuts” since 2024-03-01'],
    [{ polarity: 'support' }, {}, 'Statements (support)'],
  ])('%j', (filter, actors, expected) => {
    expect(describeStatementFilter(filter, actors)).toBe(expected)
  })
})
