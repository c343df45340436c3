import { describe, expect, test } from 'vitest'
import { chartTimeline, MAX_TICKS, MIN_BINS } from './timeline.ts'

const point = (date: string, statementCount = 1) => ({ date, statementCount })

/** The non-empty bars as "label:count". */
const active = (points: ReturnType<typeof point>[]) =>
  chartTimeline(points)
    .bars.filter((bar) => bar.count > 0)
    .map((bar) => `${bar.label}:${bar.count}`)

/** Ten years of a statement on the 5th of every other month. */
const tenYears = Array.from({ length: 60 }, (_, i) =>
  point(`${2016 + Math.floor(i / 6)}-${String(1 + (i % 6) * 2).padStart(2, '0')}-05`, 1 + (i % 4)),
)

describe('chartTimeline', () => {
  test.each<[string, ReturnType<typeof point>[], string, string[]]>([
    ['one day', [point('2024-03-04', 2)], 'day', ['4 Mar 2024:2']],
    [
      'days with a gap: the same day summed',
      [point('2024-03-04T10:00:00Z'), point('2024-03-06', 3), point('2024-03-04T18:00:00Z')],
      'day',
      ['4 Mar 2024:2', '6 Mar 2024:3'],
    ],
    ['months', [point('2024-01-31'), point('2024-04-20', 2)], 'month', ['Jan 2024:1', 'Apr 2024:2']],
    ['years', [point('2001-05-01'), point('2013-01-01')], 'year', ['2001:1', '2013:1']],
    ['zero counts are dropped', [point('2024-03-04', 0), point('2024-03-05')], 'day', ['5 Mar 2024:1']],
  ])('%s', (_name, points, unit, expected) => {
    expect(active(points)).toEqual(expected)
    expect(chartTimeline(points).unit).toBe(unit)
  })

  test('nothing dated: no bars and no ticks', () => {
    expect(chartTimeline([point('not a date')])).toMatchObject({ bars: [], ticks: [] })
  })

  test.each<[string, ReturnType<typeof point>[], string, string]>([
    ['one day sits in the middle of a week', [point('2024-03-04', 2)], '1 Mar 2024', '7 Mar 2024'],
    ['two days get five around them', [point('2024-03-04'), point('2024-03-05')], '2 Mar 2024', '8 Mar 2024'],
    ['four months', [point('2024-01-15'), point('2024-04-20')], 'Dec 2023', 'Jun 2024'],
    ['a week of days is not widened', [point('2024-03-01'), point('2024-03-07')], '1 Mar 2024', '7 Mar 2024'],
  ])('a short span is widened to at least MIN_BINS bins: %s', (_name, points, first, last) => {
    const { bars } = chartTimeline(points)
    expect(bars.length).toBe(MIN_BINS)
    expect(bars[0]?.label).toBe(first)
    expect(bars.at(-1)?.label).toBe(last)
  })

  test.each<[string, ReturnType<typeof point>[], string[]]>([
    [
      'one day: every other day of its week, its own day among them',
      [point('2024-03-04')],
      ['2 Mar', '4 Mar', '6 Mar'],
    ],
    [
      'a month of days: weekly',
      [point('2024-03-01'), point('2024-03-29')],
      ['1 Mar', '8 Mar', '15 Mar', '22 Mar', '29 Mar'],
    ],
    [
      'across new year, days carry the year',
      [point('2023-12-30'), point('2024-01-02')],
      ['30 Dec 2023', '1 Jan 2024', '3 Jan 2024'],
    ],
    ['ten years: every other January', tenYears, ['2016', '2018', '2020', '2022', '2024']],
    [
      'a century: every 20 years',
      [point('1925-01-01'), point('2024-01-01')],
      ['1940', '1960', '1980', '2000', '2020'],
    ],
  ])('ticks at round steps: %s', (_name, points, expected) => {
    const ticks = chartTimeline(points).ticks
    expect(ticks.map((tick) => tick.label).slice(0, expected.length)).toEqual(expected)
    expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS)
  })

  test.each<[string, ReturnType<typeof point>[]]>([
    ['one day', [point('2024-03-04', 2)]],
    ['a week', [point('2024-03-04', 2), point('2024-03-06'), point('2024-03-10', 4)]],
    ['ten years', tenYears],
  ])('%s reads as bars with gaps, never one block', (_name, points) => {
    const chart = chartTimeline(points, 640, 120)
    const drawn = chart.bars.filter((bar) => bar.count > 0)
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0)
      expect(bar.x + bar.width).toBeLessThanOrEqual(640)
      expect(bar.width).toBeLessThanOrEqual(640 / 7)
    }
    // Neighbouring bars never touch.
    for (const [i, bar] of chart.bars.entries()) {
      const next = chart.bars[i + 1]
      if (next) expect(next.x).toBeGreaterThan(bar.x + bar.width)
    }
    expect(drawn.reduce((sum, bar) => sum + bar.width, 0)).toBeLessThan(640 / 2)
    expect(chart.ticks.length).toBeGreaterThanOrEqual(2)
    for (const tick of chart.ticks) expect(tick.percent).toBeCloseTo((100 * tick.x) / 640, 0)
  })

  test('bars fit the chart and the tallest fills it', () => {
    const chart = chartTimeline([point('2024-03-04', 1), point('2024-03-05', 4)], 100, 50)
    const high = chart.bars.find((bar) => bar.count === 4)
    const low = chart.bars.find((bar) => bar.count === 1)
    expect(high).toMatchObject({ y: 4, height: 46 })
    expect(low?.height).toBeLessThan(high?.height ?? 0)
    expect((high?.x ?? 0) + (high?.width ?? 0)).toBeLessThanOrEqual(100)
  })
})
