import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { normalizeDate, readDateText, readUrlDate } from './date.ts'

const IsoDateTime = z.iso.datetime({ offset: true })

describe('normalizeDate', () => {
  it.each([
    ['2024-03-05T10:00:00Z', '2024-03-05T10:00:00Z'],
    ['2024-03-05T10:00:00+01:00', '2024-03-05T10:00:00+01:00'],
    ['2024-03-05T10:00:00.123-0500', '2024-03-05T10:00:00.123-05:00'],
    ['2024-03-05T10:00+01', '2024-03-05T10:00:00+01:00'],
    ['2024-03-05 10:00:00', '2024-03-05T10:00:00Z'],
    ['2024-03-05', '2024-03-05T00:00:00Z'],
    ['  2024-03-05T10:00:00 UTC ', '2024-03-05T10:00:00Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00Z'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05T10:00:00Z'],
    ['Tue, 5 Mar 2024 10:00:00 +0100', '2024-03-05T10:00:00+01:00'],
    ['5 March 2024 10:00 EST', '2024-03-05T10:00:00-05:00'],
    ['Tue, 05 Mar 24 10:00:00 PDT', '2024-03-05T10:00:00-07:00'],
    ['Sun, 05 Mar 1995 23:59:59 Z', '1995-03-05T23:59:59Z'],
    ['05 Mar 2024', '2024-03-05T00:00:00Z'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected)
    expect(IsoDateTime.safeParse(expected).success).toBe(true)
  })

  it.each([
    '',
    'yesterday',
    '2023-02-29',
    '2024-13-01',
    '2024-03-05T24:00:00Z',
    '2024-03-05T10:60:00Z',
    '2024-03-05T10:00:00+25:00',
    'Tue, 32 Mar 2024 10:00:00 GMT',
    'Tue, 05 Foo 2024 10:00:00 GMT',
    '05 Mar 2024 10:00 XYZ',
    '2024-03-05T10:00:00Z'.repeat(4),
  ])('rejects %j', (input) => {
    expect(normalizeDate(input)).toBeUndefined()
  })
})

// Date lines as pages show them, each with the day it names.
describe('readDateText', () => {
  it.each([
    ['Published 5 March 2024', '2024-03-05'],
    ['Updated: March 5, 2024 at 10:27 a.m. ET', '2024-03-05'],
    ['Mar. 5, 2024', '2024-03-05'],
    ['5th March 2024', '2024-03-05'],
    ['Tuesday 5th of March, 2024', '2024-03-05'],
    ['05.03.2024, 10:27 Uhr', '2024-03-05'],
    ['Stand: 5.3.2024 14:03 Uhr', '2024-03-05'],
    ['Veröffentlicht am 5. März 2024', '2024-03-05'],
    ['Aktualisiert: 11. Jänner 2024', '2024-01-11'],
    ['le 7 octobre 2020 à 18h30', '2020-10-07'],
    ['Publié le 23 févr. 2021', '2021-02-23'],
    ['14 de enero de 2020', '2020-01-14'],
    ['3 dicembre 2019', '2019-12-03'],
    ['7 oktober 2020', '2020-10-07'],
    ['24 października 2020', '2020-10-24'],
    ['2019-07-03 12:00', '2019-07-03'],
    ['Posted on 25/12/2023', '2023-12-25'],
    ['12/25/2023', '2023-12-25'],
  ])('%j → %s', (text, day) => {
    expect(readDateText(text)).toBe(`${day}T00:00:00Z`)
  })

  it.each([
    '',
    'Yesterday at noon',
    '03/04/2024',
    '31 February 2024',
    '5 Marching 2024',
    'Version 1.12.40',
    'Call 0800 123 4567',
    `Published ${'long text '.repeat(40)} 5 March 2024`,
  ])('finds no date in %j', (text) => {
    expect(readDateText(text)).toBeUndefined()
  })
})

describe('readUrlDate', () => {
  it.each([
    ['https://www.theverge.com/2019/7/3/20680681/ios-13-beta-3', '2019-07-03T00:00:00Z'],
    ['https://boingboing.net/2013/07/19/hating-millennials.html', '2013-07-19T00:00:00Z'],
    ['https://example.com/news/2024-03-05-levies', '2024-03-05T00:00:00Z'],
    ['https://example.com/2024/03/levies', undefined],
    ['https://example.com/2024/13/40/levies', undefined],
    ['https://example.com/id/20240305/levies', undefined],
    ['https://example.com/levies?date=2024/03/05', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, expected) => {
    expect(readUrlDate(url)).toBe(expected)
  })
})
