import type { TimelinePoint } from './api-types.ts'

/** One bar of an actor's timeline: the statements in one day, month or year. */
export interface TimelineBar {
  label: string
  start: string
  count: number
  x: number
  y: number
  width: number
  height: number
}

/** The bars of a timeline, in viewBox units, and the unit each bar stands for. */
export interface TimelineChart {
  unit: 'day' | 'month' | 'year'
  width: number
  height: number
  max: number
  bars: TimelineBar[]
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * Bins an actor's statement counts by day (up to two months of dates), month (up to ten years) or year,
 * with empty bins kept so that distance on the chart is distance in time.
 * @example chartTimeline([{ date: '2024-03-04', statementCount: 2 }]).bars[0] // { label: '4 Mar 2024', count: 2, … }
 */
export function chartTimeline(points: readonly TimelinePoint[], width = 640, height = 120): TimelineChart {
  const dated = points
    .map((point) => ({ time: Date.parse(point.date), count: point.statementCount }))
    .filter((point) => Number.isFinite(point.time) && point.count > 0)
    .sort((a, b) => a.time - b.time)
  const first = dated[0]
  const last = dated.at(-1)
  if (!first || !last) return { unit: 'day', width, height, max: 0, bars: [] }
  const days = (last.time - first.time) / 86_400_000
  const unit = days <= 62 ? 'day' : days <= 3660 ? 'month' : 'year'
  const counts = new Map<string, number>()
  for (const point of dated) {
    const key = binKey(point.time, unit)
    counts.set(key, (counts.get(key) ?? 0) + point.count)
  }
  const keys = binRange(binKey(first.time, unit), binKey(last.time, unit), unit)
  const max = Math.max(...counts.values())
  const slot = width / keys.length
  const gap = Math.min(4, slot * 0.2)
  const bars = keys.map((key, i) => {
    const count = counts.get(key) ?? 0
    const barHeight = count === 0 ? 0 : Math.max(2, ((height - 4) * count) / max)
    return {
      label: binLabel(key, unit),
      start: key,
      count,
      x: round(i * slot + gap / 2),
      y: round(height - barHeight),
      width: round(Math.max(1, slot - gap)),
      height: round(barHeight),
    }
  })
  return { unit, width, height, max, bars }
}

function binKey(time: number, unit: TimelineChart['unit']): string {
  const iso = new Date(time).toISOString()
  return unit === 'day' ? iso.slice(0, 10) : unit === 'month' ? iso.slice(0, 7) : iso.slice(0, 4)
}

/** Every bin key from `first` to `last` inclusive. */
function binRange(first: string, last: string, unit: TimelineChart['unit']): string[] {
  const keys: string[] = []
  if (unit === 'year') {
    for (let year = Number(first); year <= Number(last); year++) keys.push(String(year))
    return keys
  }
  const date = new Date(`${unit === 'day' ? first : `${first}-01`}T00:00:00Z`)
  for (let key = first; key <= last && keys.length < 5000; key = binKey(date.getTime(), unit)) {
    keys.push(key)
    if (unit === 'day') date.setUTCDate(date.getUTCDate() + 1)
    else date.setUTCMonth(date.getUTCMonth() + 1)
  }
  return keys
}

function binLabel(key: string, unit: TimelineChart['unit']): string {
  const [year, month, day] = key.split('-')
  const monthName = MONTHS[Number(month) - 1] ?? ''
  if (unit === 'year') return key
  if (unit === 'month') return `${monthName} ${year}`
  return `${Number(day)} ${monthName} ${year}`
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
