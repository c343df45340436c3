import { describe, expect, test } from 'vitest'
import {
  articleDates,
  formatDate,
  isoDay,
  plural,
  polarityVerb,
  speakerReasonLabel,
  statementDate,
  truncate,
} from './format.ts'

describe('format', () => {
  test.each([
    ['2024-03-04T09:00:00Z', '4 Mar 2024'],
    ['2024-12-31T23:30:00-02:00', '1 Jan 2025'],
    ['2024-03-04', '4 Mar 2024'],
    ['not a date', 'not a date'],
    [undefined, ''],
  ])('formatDate(%s) = %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected)
  })

  test.each([
    ['2024-03-04T09:00:00Z', '2024-03-04'],
    ['garbage', ''],
    [null, ''],
  ])('isoDay(%s) = %s', (input, expected) => {
    expect(isoDay(input)).toBe(expected)
  })

  test.each<[string, { publishedAt?: string; ingestedAt?: string }, string[]]>([
    [
      'both dates',
      { publishedAt: '2019-11-20T08:00:00Z', ingestedAt: '2026-12-02T04:25:00Z' },
      ['published 20 Nov 2019', 'added 2 Dec 2026'],
    ],
    [
      'no publication date: only when it was added',
      { ingestedAt: '2026-12-02T04:25:00Z' },
      ['added 2 Dec 2026'],
    ],
    [
      'a day without a time',
      { publishedAt: '2019-11-20', ingestedAt: '2026-12-02T04:25:00Z' },
      ['published 20 Nov 2019', 'added 2 Dec 2026'],
    ],
    [
      'an unreadable publication date is left out',
      { publishedAt: 'soon', ingestedAt: '2026-12-02T04:25:00Z' },
      ['added 2 Dec 2026'],
    ],
    ['nothing', {}, []],
  ])('articleDates: %s', (_name, article, expected) => {
    expect(articleDates(article).map((date) => date.label)).toEqual(expected)
  })

  test.each<[string, { date: string; dateSource?: 'publishedAt' | 'ingestedAt' }, string | undefined]>([
    ['published', { date: '2019-11-20T08:00:00.000Z', dateSource: 'publishedAt' }, 'published 20 Nov 2019'],
    [
      'stored, the page gave no date',
      { date: '2026-12-02T04:25:00.000Z', dateSource: 'ingestedAt' },
      'added 2 Dec 2026',
    ],
    ['an older API that does not say', { date: '2026-12-02T04:25:00.000Z' }, 'dated 2 Dec 2026'],
    ['unreadable', { date: 'soon', dateSource: 'publishedAt' }, undefined],
  ])('statementDate: %s', (_name, statement, expected) => {
    expect(statementDate(statement)?.label).toBe(expected)
  })

  test('articleDates gives each date its kind and day', () => {
    expect(
      articleDates({ publishedAt: '2019-11-20T23:30:00-02:00', ingestedAt: '2026-12-02T04:25:00Z' }),
    ).toEqual([
      { kind: 'published', label: 'published 21 Nov 2019', day: '21 Nov 2019', datetime: '2019-11-21' },
      { kind: 'added', label: 'added 2 Dec 2026', day: '2 Dec 2026', datetime: '2026-12-02' },
    ])
  })

  test.each([
    [1, 'statement', undefined, '1 statement'],
    [2, 'statement', undefined, '2 statements'],
    [1200, 'article', undefined, '1,200 articles'],
    [0, 'alias', 'aliases', '0 aliases'],
  ])('plural(%i, %s)', (count, one, many, expected) => {
    expect(plural(count, one, many)).toBe(expected)
  })

  test('labels', () => {
    expect(polarityVerb('oppose')).toBe('opposes')
    expect(speakerReasonLabel('anonymous')).toBe('anonymous source')
    expect(speakerReasonLabel(undefined)).toBe('unattributed')
    expect(truncate('Deputy Foreign Minister', 10)).toBe('Deputy Fo…')
    expect(truncate('short', 10)).toBe('short')
  })
})
