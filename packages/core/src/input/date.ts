import { wordTable } from '../parse/word-table.ts'
import {
  DAY_MONTH_YEAR_TEXT,
  HTTP_URL,
  ISO_DATE,
  MONTH_DAY_YEAR_TEXT,
  NUMERIC_DATE_TEXT,
  RFC_822_DATE,
  URL_DATE,
} from './patterns.ts'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// North American zone names that RFC 822 allows, with military "Z"; other letters are ambiguous and read as UTC.
const ZONES = wordTable<string>({
  z: 'Z',
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
})

/**
 * Reads a publication date as pages and feeds write it (ISO 8601, RFC 822) and returns it as an ISO 8601
 * date-time with an offset, as `Article.publishedAt` wants it; a date without a time or zone is read as UTC.
 * Returns undefined for anything it cannot read or that is not a real date.
 * @example normalizeDate('Tue, 05 Mar 2024 10:00:00 +0100') // '2024-03-05T10:00:00+01:00'
 */
export function normalizeDate(input: string): string | undefined {
  const text = input.trim()
  if (text.length > 64) return undefined
  const iso = ISO_DATE.exec(text)
  if (iso) {
    const [, year, month, day, hour = '00', minute = '00', second = '00', fraction, zone] = iso
    return compose(year, month, day, hour, minute, second, fraction, isoZone(zone))
  }
  const rfc = RFC_822_DATE.exec(text)
  if (rfc) {
    const [, day = '', monthName = '', year = '', hour = '00', minute = '00', second = '00', zone] = rfc
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1
    if (month === 0) return undefined
    const fullYear = year.length === 2 ? `${Number(year) < 50 ? '20' : '19'}${year}` : year
    return compose(
      fullYear,
      pad(month),
      pad(Number(day)),
      pad(Number(hour)),
      minute,
      second,
      undefined,
      rfcZone(zone),
    )
  }
  return undefined
}

function compose(
  year = '',
  month = '',
  day = '',
  hour: string,
  minute: string,
  second: string,
  fraction: string | undefined,
  zone: string | undefined,
): string | undefined {
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as number[]
  if (zone === undefined || !isRealDate(y ?? 0, mo ?? 0, d ?? 0)) return undefined
  if ((h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return undefined
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction ? `.${fraction}` : ''}${zone}`
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
  return day <= days
}

function isoZone(zone: string | undefined): string | undefined {
  if (zone === undefined) return 'Z'
  const named = ZONES[zone.toLowerCase()]
  if (named) return named
  return numericZone(zone)
}

function rfcZone(zone: string | undefined): string | undefined {
  if (zone === undefined) return 'Z'
  if (zone.startsWith('+') || zone.startsWith('-')) return numericZone(zone)
  return ZONES[zone.toLowerCase()] ?? (zone.length === 1 ? 'Z' : undefined)
}

// "+01", "+0100" and "+01:00" all become "+01:00"; hours past 23 or minutes past 59 are not an offset.
function numericZone(zone: string): string | undefined {
  const digits = zone.slice(1).replace(':', '')
  const hours = digits.slice(0, 2)
  const minutes = digits.slice(2, 4) || '00'
  if (Number(hours) > 23 || Number(minutes) > 59) return undefined
  return `${zone[0]}${hours}:${minutes}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

// Month names and their usual abbreviations in the languages of the pages whosaid reads, keyed by their first
// letters as written in lower case: English, German, French, Spanish, Italian, Dutch, Portuguese, Polish.
const MONTH_NAMES = monthTable([
  'jan january januar janvier janv enero ene gennaio gen januari janeiro jän jänner stycznia styczeń sty',
  'feb february februar février fevrier févr fevr febrero febbraio februari fevereiro fev lutego luty lut',
  'mar march märz maerz mär mars marzo maart março marca marzec',
  'apr april avril avr abril abr aprile kwietnia kwiecień kwi',
  'may mai mayo maggio mag mei maio maja maj',
  'jun june juni juin junio giugno giu junho czerwca czerwiec cze',
  'jul july juli juillet juil julio luglio lug julho lipca lipiec lip',
  'aug august août aout agosto ago augustus sierpnia sierpień sie',
  'sep sept september septembre septiembre settembre set setembro września wrzesień wrz',
  'oct october oktober okt octobre octubre ottobre ott outubro out października październik paź',
  'nov november novembre noviembre novembro listopada listopad lis',
  'dec december dezember dez décembre decembre déc diciembre dic dicembre dezembro grudnia grudzień gru',
])

function monthTable(rows: readonly string[]): Readonly<Record<string, number | undefined>> {
  const table: Record<string, number> = {}
  rows.forEach((row, index) => {
    for (const name of row.split(' ')) table[name] = index + 1
  })
  return wordTable(table)
}

// Visible dates are local times of an unknown zone: only the day is kept, as midnight UTC like a bare ISO date.
const MAX_DATE_TEXT = 300

/**
 * Finds a date as a page shows it to readers ("Published 5 March 2024, 10:00", "05.03.2024", "March 5, 2024",
 * "5. März 2024", "5 de marzo de 2024") in a short text, and returns its day as an ISO 8601 date-time
 * (midnight UTC: the time of day shown is local to a zone the page does not state). A slashed date is read only
 * when day and month cannot be mixed up (25/12/2024). Undefined when there is none, or the text is long.
 * @example readDateText('Updated: 5. März 2024, 10:27 Uhr') // '2024-03-05T00:00:00Z'
 */
export function readDateText(text: string): string | undefined {
  if (text.length > MAX_DATE_TEXT) return undefined
  const numeric = NUMERIC_DATE_TEXT.exec(text)
  if (numeric) {
    const [, isoYear, isoMonth, isoDay, dotDay, dotMonth, dotYear, first, second, slashYear] = numeric
    if (isoYear) return day(isoYear, isoMonth, isoDay)
    if (dotYear) return day(dotYear, dotMonth, dotDay)
    const [a, b] = [Number(first), Number(second)]
    if (a > 12 && b <= 12) return day(slashYear, second, first)
    if (b > 12 && a <= 12) return day(slashYear, first, second)
  }
  const dayFirst = DAY_MONTH_YEAR_TEXT.exec(text)
  const dayFirstMonth = dayFirst && monthOf(dayFirst[2])
  if (dayFirst && dayFirstMonth) return day(dayFirst[3], String(dayFirstMonth), dayFirst[1])
  const monthFirst = MONTH_DAY_YEAR_TEXT.exec(text)
  const monthFirstMonth = monthFirst && monthOf(monthFirst[1])
  if (monthFirst && monthFirstMonth) return day(monthFirst[3], String(monthFirstMonth), monthFirst[2])
  return undefined
}

/**
 * The date in a URL's path (/2019/07/03/, /2019-7-3-), as an ISO 8601 date-time at midnight UTC; undefined when
 * the path has none.
 * @example readUrlDate('https://www.theverge.com/2019/7/3/20680681/ios-13') // '2019-07-03T00:00:00Z'
 */
export function readUrlDate(url: string): string | undefined {
  const path = HTTP_URL.exec(url.trim())?.[2]
  const found = path === undefined ? null : URL_DATE.exec(path)
  return found ? day(found[1], found[2], found[3]) : undefined
}

function monthOf(name: string | undefined): number | undefined {
  const key = (name ?? '').toLowerCase()
  return MONTH_NAMES[key]
}

function day(year = '', month = '', date = ''): string | undefined {
  return compose(year, month.padStart(2, '0'), date.padStart(2, '0'), '00', '00', '00', undefined, 'Z')
}
