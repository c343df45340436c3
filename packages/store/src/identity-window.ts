// The time window of identity: a lone word ("Bloggs") joins a full-name person only if that person was named
// near the dates of the lone word's articles. Spans come from the articles' publication dates; an article of
// unknown date says nothing about time, so an id or person without a dated article fits any span, as before.

/** The first and last publication dates of the dated articles an id or a person was named in. */
export type Span = { first: Date; last: Date }

/**
 * Years a lone word's dated articles may lie from a person's: about a term of office, so that a surname stays
 * with its holder through a term and the next election, while namesakes a decade apart do not meet (PolNeAR's
 * articles lie within a year of each other, BBC News's within two, and the two corpora eleven years apart).
 */
export const WINDOW_YEARS = 4

/** Milliseconds in WINDOW_YEARS years (of 365.25 days). */
const WINDOW_MS = WINDOW_YEARS * 365.25 * 24 * 3600 * 1000

/**
 * Whether a lone word with dated span `lone` may name a person with dated span `bearer`: every dated article of
 * the lone word lies within WINDOW_YEARS of the person's span; an undated side fits.
 * @example withinWindow(span('2012-01-01'), span('1991-05-01', '1999-03-01')) // false
 */
export function withinWindow(lone: Span | undefined, bearer: Span | undefined): boolean {
  if (lone === undefined || bearer === undefined) return true
  return (
    lone.first.getTime() >= bearer.first.getTime() - WINDOW_MS &&
    lone.last.getTime() <= bearer.last.getTime() + WINDOW_MS
  )
}

/** The smallest span holding both (either may be undefined). */
export function joinSpans(a: Span | undefined, b: Span | undefined): Span | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return {
    first: a.first.getTime() <= b.first.getTime() ? a.first : b.first,
    last: a.last.getTime() >= b.last.getTime() ? a.last : b.last,
  }
}

/** Whether `date` lies outside `span` (or there is no span yet), so that storing it widens the span. */
export function widens(span: Span | undefined, date: Date): boolean {
  return span === undefined || date.getTime() < span.first.getTime() || date.getTime() > span.last.getTime()
}

/**
 * The dates a person named only at `date` may name a lone word's article at: `date` within WINDOW_YEARS.
 * @example windowAround(new Date('2013-04-01')) // [2009-04-01 … 2017-04-01], give or take a day
 */
export function windowAround(date: Date): Span {
  return { first: new Date(date.getTime() - WINDOW_MS), last: new Date(date.getTime() + WINDOW_MS) }
}

/**
 * The dates a person named over `span` may name a lone word's article at: the span widened by WINDOW_YEARS.
 * @example windowOfSpan(span('1993-03-01', '1997-06-01')) // [1989-03-01 … 2001-06-01], give or take a day
 */
export function windowOfSpan(span: Span): Span {
  return {
    first: new Date(span.first.getTime() - WINDOW_MS),
    last: new Date(span.last.getTime() + WINDOW_MS),
  }
}

/**
 * The dates at which a person's window newly holds a lone word's article once its span widens from `before` to
 * `after`: the article dates whose fit to that person can have changed. Empty when the span did not widen.
 * @example reachOf(span('1993-03-01', '1997-06-01'), span('1993-03-01', '2011-05-01')) // [2001-06-01 … 2015-05-01]
 */
export function reachOf(before: Span, after: Span): Span[] {
  const out: Span[] = []
  if (after.first.getTime() < before.first.getTime())
    out.push({
      first: new Date(after.first.getTime() - WINDOW_MS),
      last: new Date(before.first.getTime() - WINDOW_MS),
    })
  if (after.last.getTime() > before.last.getTime())
    out.push({
      first: new Date(before.last.getTime() + WINDOW_MS),
      last: new Date(after.last.getTime() + WINDOW_MS),
    })
  return out
}
