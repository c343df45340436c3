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

/** A labelled mark on the time axis, at the centre of its bin. */
export interface TimelineTick {
  label: string
  x: number
  /** `x` as a share of the chart's width, 0–100, for labels placed in HTML under a stretched SVG. */
  percent: number
}

/** The bars and axis ticks of a timeline, in viewBox units, and the unit each bar stands for. */
export interface TimelineChart {
  unit: 'day' | 'month' | 'year'
  width: number
  height: number
  max: number
  bars: TimelineBar[]
  ticks: TimelineTick[]
}

/** Fewer bins than this and one bar would fill the chart: the range is widened around the dates, as evenly as it can. */
export const MIN_BINS = 7
/** The most ticks an axis gets, so that their labels never crowd. */
export const MAX_TICKS = 6
/** The widest a bar is drawn, so that a few bars still read as bars. */
const MAX_BAR_WIDTH = 28

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAY_STEPS = [1, 2, 7, 14, 28]
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120]
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100]

/**
 * Bins an actor's statement counts by day (up to two months of dates), month (up to ten years) or year, with
 * empty bins kept so that distance on the chart is distance in time, at least MIN_BINS of them so that one day
 * or one week is a chart and not a block, and axis ticks at round steps (days, quarters, years).
 * @example chartTimeline([{ date: '2024-03-04', statementCount: 2 }]).bars[3] // { label: '4 Mar 2024', count: 2, … }
 */
export function chartTimeline(points: readonly TimelinePoint[], width = 640, height = 120): TimelineChart {
  const dated = points
    .map((point) => ({ time: Date.parse(point.date), count: point.statementCount }))
    .filter((point) => Number.isFinite(point.time) && point.count > 0)
    .sort((a, b) => a.time - b.time)
  const first = dated[0]
  const last = dated.at(-1)
  if (!first || !last) return { unit: 'day', width, height, max: 0, bars: [], ticks: [] }
  const days = (last.time - first.time) / 86_400_000
  const unit = days <= 62 ? 'day' : days <= 3660 ? 'month' : 'year'
  const counts = new Map<string, number>()
  for (const point of dated) {
    const key = binKey(point.time, unit)
    counts.set(key, (counts.get(key) ?? 0) + point.count)
  }
  const keys = widen(binRange(binKey(first.time, unit), binKey(last.time, unit), unit), unit)
  const max = Math.max(...counts.values())
  const slot = width / keys.length
  const barWidth = Math.min(MAX_BAR_WIDTH, Math.max(1, slot - Math.max(1, Math.min(6, slot * 0.25))))
  const bars = keys.map((key, i) => {
    const count = counts.get(key) ?? 0
    const barHeight = count === 0 ? 0 : Math.max(2, ((height - 4) * count) / max)
    return {
      label: binLabel(key, unit),
      start: key,
      count,
      x: round(i * slot + (slot - barWidth) / 2),
      y: round(height - barHeight),
      width: round(barWidth),
      height: round(barHeight),
    }
  })
  const firstActive = Math.max(0, keys.indexOf(binKey(first.time, unit)))
  const ticks = tickIndexes(keys, unit, firstActive).map((i) => {
    const x = (i + 0.5) * slot
    return { label: tickLabel(keys[i] ?? '', unit, keys), x: round(x), percent: round((100 * x) / width) }
  })
  return { unit, width, height, max, bars, ticks }
}

function binKey(time: number, unit: TimelineChart['unit']): string {
  const iso = new Date(time).toISOString()
  return unit === 'day' ? iso.slice(0, 10) : unit === 'month' ? iso.slice(0, 7) : iso.slice(0, 4)
}

/** The key `steps` bins after `key` (before it when negative). */
function shiftKey(key: string, unit: TimelineChart['unit'], steps: number): string {
  if (unit === 'year') return String(Number(key) + steps)
  const date = new Date(`${unit === 'day' ? key : `${key}-01`}T00:00:00Z`)
  if (unit === 'day') date.setUTCDate(date.getUTCDate() + steps)
  else date.setUTCMonth(date.getUTCMonth() + steps)
  return binKey(date.getTime(), unit)
}

/** Every bin key from `first` to `last` inclusive. */
function binRange(first: string, last: string, unit: TimelineChart['unit']): string[] {
  const keys: string[] = []
  for (let key = first; key <= last && keys.length < 5000; key = shiftKey(key, unit, 1)) keys.push(key)
  return keys
}

/** The range grown to MIN_BINS bins, the extra split before and after (one more after when odd). */
function widen(keys: string[], unit: TimelineChart['unit']): string[] {
  const missing = MIN_BINS - keys.length
  const first = keys[0]
  const last = keys.at(-1)
  if (missing <= 0 || first === undefined || last === undefined) return keys
  const before = Math.floor(missing / 2)
  return binRange(shiftKey(first, unit, -before), shiftKey(last, unit, missing - before), unit)
}

/**
 * Which bins get a tick: round steps (every day, week, quarter, year, decade…), at most MAX_TICKS of them. Days
 * are counted from the first day with statements, so that it always has a tick.
 */
function tickIndexes(keys: readonly string[], unit: TimelineChart['unit'], firstActive: number): number[] {
  const steps = unit === 'day' ? DAY_STEPS : unit === 'month' ? MONTH_STEPS : YEAR_STEPS
  for (const step of steps) {
    const chosen = keys.flatMap((key, i) => (onStep(key, unit, step, i - firstActive) ? [i] : []))
    if (chosen.length <= MAX_TICKS && chosen.length > 0) return chosen
  }
  return [0]
}

/** Whether a bin falls on a round step: days counted by `offset` from the first day with statements, months from January, years from 0. */
function onStep(key: string, unit: TimelineChart['unit'], step: number, offset: number): boolean {
  if (unit === 'day') return offset % step === 0
  if (unit === 'year') return Number(key) % step === 0
  const [year = 0, month = 1] = key.split('-').map(Number)
  const months = year * 12 + (month - 1)
  return months % step === 0
}

function binLabel(key: string, unit: TimelineChart['unit']): string {
  const [year, month, day] = key.split('-')
  const monthName = MONTHS[Number(month) - 1] ?? ''
  if (unit === 'year') return key
  if (unit === 'month') return `${monthName} ${year}`
  return `${Number(day)} ${monthName} ${year}`
}

/** A tick's label: short where the axis repeats the year ("4 Mar", "Apr"), the year alone for whole years. */
function tickLabel(key: string, unit: TimelineChart['unit'], keys: readonly string[]): string {
  const [year, month, day] = key.split('-')
  const monthName = MONTHS[Number(month) - 1] ?? ''
  const oneYear = (keys[0] ?? '').slice(0, 4) === (keys.at(-1) ?? '').slice(0, 4)
  if (unit === 'year') return key
  if (unit === 'month') return month === '01' ? `${year}` : oneYear ? monthName : `${monthName} ${year}`
  return oneYear ? `${Number(day)} ${monthName}` : `${Number(day)} ${monthName} ${year}`
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
