import { ISO_DATE, RFC_822_DATE } from './patterns.ts'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// North American zone names that RFC 822 allows, with military "Z"; other letters are ambiguous and read as UTC.
const ZONES: Record<string, string> = {
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
}

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
