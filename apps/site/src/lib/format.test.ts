import { describe, expect, test } from 'vitest'
import { formatDate, isoDay, plural, polarityVerb, speakerReasonLabel, truncate } from './format.ts'

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
