import type { ActorKind, Mode, Polarity } from '@whosaid/core/schemas'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * Formats an ISO date or date-time as a short, unambiguous day ("4 Mar 2024"); odd input is shown as is.
 * @example formatDate('2024-03-04T09:00:00Z') // '4 Mar 2024'
 */
export function formatDate(iso: string | undefined | null): string {
  if (!iso) return ''
  const time = Date.parse(iso)
  return Number.isNaN(time) ? iso : dateFormat.format(time)
}

/** The YYYY-MM-DD part of an ISO date, for `<time datetime>` and date inputs; '' when unreadable. */
export function isoDay(iso: string | undefined | null): string {
  if (!iso) return ''
  const time = Date.parse(iso)
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10)
}

/**
 * One labelled date of an article: when its page says it was published, or when whosaid stored it ('dated' only
 * for a statement from an API too old to say which).
 */
export interface ArticleDate {
  kind: 'published' | 'added' | 'dated'
  /** "published 20 Nov 2019", "added 2 Dec 2026". */
  label: string
  /** The day alone: "20 Nov 2019". */
  day: string
  /** YYYY-MM-DD, for `<time datetime>`. */
  datetime: string
}

/**
 * An article's dates, each labelled with what it is: the publication date only when the page stated one, and the
 * day whosaid stored it, so that the ingestion date is never shown as a publication date. Unreadable dates are left out.
 * @example articleDates({ publishedAt: '2019-11-20T08:00:00Z', ingestedAt: '2026-12-02T04:00:00Z' }).map((d) => d.label) // ['published 20 Nov 2019', 'added 2 Dec 2026']
 */
export function articleDates(article: {
  publishedAt?: string | undefined
  ingestedAt?: string | undefined
}): ArticleDate[] {
  const dates: ArticleDate[] = []
  for (const [kind, iso] of [
    ['published', article.publishedAt],
    ['added', article.ingestedAt],
  ] as const) {
    const datetime = isoDay(iso)
    const day = formatDate(iso)
    if (datetime) dates.push({ kind, label: `${kind} ${day}`, day, datetime })
  }
  return dates
}

/**
 * A statement's date, labelled by what it is: its article's publication date, or the day the article was stored
 * when its page gave none (`dateSource`); undefined when unreadable.
 * @example statementDate({ date: '2026-12-02T04:25:00Z', dateSource: 'ingestedAt' })?.label // 'added 2 Dec 2026'
 */
export function statementDate(statement: {
  date: string
  dateSource?: 'publishedAt' | 'ingestedAt' | undefined
}): ArticleDate | undefined {
  const datetime = isoDay(statement.date)
  if (!datetime) return undefined
  const kind =
    statement.dateSource === 'publishedAt'
      ? 'published'
      : statement.dateSource === 'ingestedAt'
        ? 'added'
        : 'dated'
  const day = formatDate(statement.date)
  return { kind, label: `${kind} ${day}`, day, datetime }
}

const POLARITY_VERBS: Record<Polarity, string> = {
  support: 'supports',
  oppose: 'opposes',
  blame: 'blames',
  demand: 'makes demands of',
  threaten: 'threatens',
  neutral: 'speaks of',
}

/** The verb for a stance: "supports", "opposes", "blames"… */
export function polarityVerb(polarity: Polarity): string {
  return POLARITY_VERBS[polarity]
}

const MODE_LABELS: Record<Mode, string> = {
  direct: 'direct quote',
  indirect: 'paraphrase',
  mixed: 'partly quoted',
}

/** How a statement is reported, in words. */
export function modeLabel(mode: Mode): string {
  return MODE_LABELS[mode]
}

const KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  location: 'Place',
  group: 'Group',
}

/** What kind of actor this is, in words. */
export function kindLabel(kind: ActorKind): string {
  return KIND_LABELS[kind]
}

const REASON_LABELS: Record<string, string> = {
  'no-source': 'no speaker given',
  unresolved: 'speaker not identified',
  anonymous: 'anonymous source',
}

/** Why a statement has no speaker, in words. */
export function speakerReasonLabel(reason: string | undefined): string {
  return (reason && REASON_LABELS[reason]) || 'unattributed'
}

/** "1 statement", "3 statements". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`
}

/** Cuts a label to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`
}
