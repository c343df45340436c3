import { describe, expect, it } from 'vitest'
import { joinSpans, reachOf, type Span, WINDOW_YEARS, widens, withinWindow } from './identity-window.ts'

/** A span from its first and last dates (one date: both). */
function span(first: string, last = first): Span {
  return { first: new Date(first), last: new Date(last) }
}

describe('withinWindow', () => {
  it.each([
    ['an undated lone word fits any person', undefined, span('1991-01-01', '1995-01-01'), true],
    ['a lone word fits an undated person', span('2012-01-01'), undefined, true],
    ['inside the span', span('1993-06-01'), span('1991-01-01', '1995-01-01'), true],
    ['three years after', span('1998-01-01'), span('1991-01-01', '1995-01-01'), true],
    ['three years before', span('1988-01-01'), span('1991-01-01', '1995-01-01'), true],
    ['ten years after', span('2005-01-01'), span('1991-01-01', '1995-01-01'), false],
    ['six years before', span('1985-01-01'), span('1991-01-01', '1995-01-01'), false],
    [
      'one article near, one far: the whole span counts',
      span('1994-01-01', '2012-01-01'),
      span('1991-01-01', '1995-01-01'),
      false,
    ],
    [
      'a span that holds the person’s',
      span('1990-01-01', '1996-01-01'),
      span('1991-01-01', '1995-01-01'),
      true,
    ],
  ] as const)('%s', (_what, lone, bearer, expected) => {
    expect(withinWindow(lone, bearer)).toBe(expected)
  })

  it(`holds just inside ${WINDOW_YEARS} years and not just past them`, () => {
    const bearer = span('2000-01-01')
    expect(withinWindow(span(`${2000 + WINDOW_YEARS}-01-01`), bearer)).toBe(true)
    expect(withinWindow(span(`${2000 + WINDOW_YEARS}-01-03`), bearer)).toBe(false)
  })
})

describe('joinSpans and widens', () => {
  it('joins two spans into the smallest that holds both, and keeps one when the other is missing', () => {
    expect(joinSpans(span('1995-01-01'), span('1991-01-01', '1993-01-01'))).toEqual(
      span('1991-01-01', '1995-01-01'),
    )
    expect(joinSpans(undefined, span('1995-01-01'))).toEqual(span('1995-01-01'))
    expect(joinSpans(span('1995-01-01'), undefined)).toEqual(span('1995-01-01'))
    expect(joinSpans(undefined, undefined)).toBeUndefined()
  })

  it.each([
    ['no span yet', undefined, '1995-01-01', true],
    ['inside', span('1991-01-01', '1995-01-01'), '1993-01-01', false],
    ['at an end', span('1991-01-01', '1995-01-01'), '1995-01-01', false],
    ['before', span('1991-01-01', '1995-01-01'), '1990-01-01', true],
    ['after', span('1991-01-01', '1995-01-01'), '1996-01-01', true],
  ] as const)('widens: %s', (_what, stored, date, expected) => {
    expect(widens(stored, new Date(date))).toBe(expected)
  })
})

describe('reachOf', () => {
  const day = (span: Span) => [span.first, span.last].map((date) => date.toISOString().slice(0, 10))
  it.each([
    ['no widening: nothing', span('1993-03-01', '1997-06-01'), span('1993-03-01', '1997-06-01'), []],
    [
      'widened later: from the old end’s window to the new end’s',
      span('1993-03-01', '1997-06-01'),
      span('1993-03-01', '2011-06-01'),
      [['2001-06-01', '2015-06-01']],
    ],
    [
      'widened earlier',
      span('1993-03-01', '1997-06-01'),
      span('1989-03-01', '1997-06-01'),
      [['1985-03-01', '1989-03-01']],
    ],
    [
      'widened at both ends',
      span('1993-03-01', '1993-03-01'),
      span('1992-03-01', '1994-03-01'),
      [
        ['1988-03-01', '1989-03-01'],
        ['1997-03-01', '1998-03-01'],
      ],
    ],
  ] as const)('%s', (_what, before, after, expected) => {
    expect(reachOf(before, after).map(day)).toEqual(expected)
  })

  it('holds every date whose fit the widening changes', () => {
    const before = span('1993-03-01', '1997-06-01')
    for (const after of [span('1980-01-01', '1997-06-01'), span('1993-03-01', '2019-01-01')]) {
      const reach = reachOf(before, after)
      for (let year = 1970; year <= 2030; year++) {
        const lone = span(`${year}-07-01`)
        if (withinWindow(lone, before) === withinWindow(lone, after)) continue
        const at = lone.first.getTime()
        expect(reach.some(({ first, last }) => at >= first.getTime() && at <= last.getTime())).toBe(true)
      }
    }
  })
})
