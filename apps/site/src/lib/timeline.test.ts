import { describe, expect, test } from 'vitest'
import { chartTimeline } from './timeline.ts'

const point = (date: string, statementCount = 1) => ({ date, statementCount })

describe('chartTimeline', () => {
  test.each<[string, ReturnType<typeof point>[], string, string[]]>([
    ['nothing dated', [point('not a date')], 'day', []],
    ['one day', [point('2024-03-04', 2)], 'day', ['4 Mar 2024:2']],
    [
      'days with a gap keep the empty day',
      [point('2024-03-04T10:00:00Z'), point('2024-03-06', 3), point('2024-03-04T18:00:00Z')],
      'day',
      ['4 Mar 2024:2', '5 Mar 2024:0', '6 Mar 2024:3'],
    ],
    [
      'months',
      [point('2024-01-31'), point('2024-04-20', 2)],
      'month',
      ['Jan 2024:1', 'Feb 2024:0', 'Mar 2024:0', 'Apr 2024:2'],
    ],
    [
      'years',
      [point('2001-05-01'), point('2013-01-01')],
      'year',
      Array.from({ length: 13 }, (_, i) => `${2001 + i}:${i === 0 || i === 12 ? 1 : 0}`),
    ],
    ['zero counts are dropped', [point('2024-03-04', 0), point('2024-03-05')], 'day', ['5 Mar 2024:1']],
  ])('%s', (_name, points, unit, expected) => {
    const chart = chartTimeline(points)
    expect(chart.bars.map((bar) => `${bar.label}:${bar.count}`)).toEqual(expected)
    if (expected.length) expect(chart.unit).toBe(unit)
  })

  test('bars fit the chart and the tallest fills it', () => {
    const chart = chartTimeline([point('2024-03-04', 1), point('2024-03-05', 4)], 100, 50)
    const [low, high] = chart.bars
    expect(high).toMatchObject({ y: 4, height: 46 })
    expect(low?.height).toBeLessThan(high?.height ?? 0)
    expect((high?.x ?? 0) + (high?.width ?? 0)).toBeLessThanOrEqual(100)
  })
})
