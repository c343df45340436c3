import type { DateRange } from '@whosaid/store/edge'

/** A day (YYYY-MM-DD) without a time. */
const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The instant a `from` or `to` names: an instant as given, a day at its start in UTC.
 * @example dateParamStart('2024-03-01') // 2024-03-01T00:00:00.000Z
 */
export function dateParamStart(value: string): Date {
  return new Date(DAY.test(value) ? `${value}T00:00:00Z` : value)
}

/**
 * Turns the API's `from` and `to` (ISO days or instants, both inclusive) into the store's half-open range.
 * A day `to` covers the whole day (UTC); an instant `to` includes that millisecond.
 * @example toDateRange('2024-03-01', '2024-03-31') // { from: 2024-03-01T00:00Z, before: 2024-04-01T00:00Z }
 */
export function toDateRange(from: string | undefined, to: string | undefined): DateRange {
  const range: DateRange = {}
  if (from) range.from = dateParamStart(from)
  if (to) {
    const end = dateParamStart(to)
    range.before = new Date(end.getTime() + (DAY.test(to) ? 86_400_000 : 1))
  }
  return range
}
