import {
  type Analysis,
  formatAnalyses,
  OUTPUT_FORMATS,
  type OutputFormat,
  OutputFormatSchema,
} from '@whosaid/core'
import type { MiddlewareHandler } from 'hono'
import { ApiError, toIssues } from './errors.ts'

/** Every export format, JSON first: what the analysis routes offer, in order of preference on a tie. */
export const ANALYSIS_FORMATS: readonly OutputFormat[] = OutputFormatSchema.options

/** One media range of an Accept header (`type/subtype;q=0.5`), lower-cased, parameters other than q dropped. */
export interface MediaRange {
  type: string
  subtype: string
  q: number
}

/**
 * The media ranges of an Accept header, in the order given; ranges with q=0 are kept (they refuse a type).
 * Malformed ranges are skipped. Splits on separators only, so no input can make it backtrack.
 * @example parseAccept('text/csv, application/json;q=0.5') // [{ type: 'text', subtype: 'csv', q: 1 }, { type: 'application', subtype: 'json', q: 0.5 }]
 */
export function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = []
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.split(';')
    const [type, subtype, extra] = range.trim().toLowerCase().split('/')
    if (!type || !subtype || extra !== undefined) continue
    let q = 1
    for (const param of params) {
      const [name = '', value = ''] = param.split('=')
      if (name.trim().toLowerCase() !== 'q') continue
      const weight = Number(value.trim())
      q = Number.isFinite(weight) && weight >= 0 && weight <= 1 ? weight : 1
    }
    ranges.push({ type, subtype, q })
  }
  return ranges
}

/** The weight an Accept header gives a media type: that of its most specific matching range, 0 when none matches. */
function weightOf(ranges: readonly MediaRange[], mediaType: string): number {
  const [type = '', subtype = ''] = (mediaType.split(';')[0] ?? '').trim().toLowerCase().split('/')
  let best = -1
  let weight = 0
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === '*'
          ? 1
          : range.type === '*' && range.subtype === '*'
            ? 0
            : -1
    if (specificity > best) {
      best = specificity
      weight = range.q
    }
  }
  return weight
}

/**
 * The format to answer in: `format` when the query names one (null if the route does not offer it); otherwise the
 * offered format the Accept header weighs highest (JSON when there is no header, the first offered on a tie);
 * null when the header accepts none of them.
 * @example chooseFormat(undefined, 'text/csv', ANALYSIS_FORMATS) // 'csv'
 * @example chooseFormat('csv', undefined, ['json']) // null
 */
export function chooseFormat(
  format: OutputFormat | undefined,
  accept: string | undefined,
  offered: readonly OutputFormat[],
): OutputFormat | null {
  if (format !== undefined) return offered.includes(format) ? format : null
  const ranges = accept?.trim() ? parseAccept(accept) : []
  if (ranges.length === 0) return offered.includes('json') ? 'json' : (offered[0] ?? null)
  let chosen: OutputFormat | null = null
  let chosenWeight = 0
  for (const candidate of offered) {
    const weight = weightOf(ranges, OUTPUT_FORMATS[candidate].mediaType)
    if (weight > chosenWeight) {
      chosen = candidate
      chosenWeight = weight
    }
  }
  return chosen
}

/** The 406 problem of a request whose format or Accept header the route cannot meet. */
function notAcceptable(offered: readonly OutputFormat[], asked: string): ApiError {
  return new ApiError(
    406,
    'not-acceptable',
    `This resource is available as ${offered.map((format) => OUTPUT_FORMATS[format].mediaType.split(';')[0]).join(', ')}; ${asked} was asked for.`,
  )
}

/**
 * An analysis as a Response in an export format, or undefined for plain JSON (the route's own `c.json` answers).
 * `format` (the query's) wins over the Accept header; a header that accepts no format is a 406 problem.
 * @example formattedAnalysis(analysis, 'csv')?.headers.get('content-type') // 'text/csv; charset=utf-8; header=present'
 */
export function formattedAnalysis(
  analysis: Analysis,
  format: OutputFormat | undefined,
  accept?: string | undefined,
): Response | undefined {
  const chosen = chooseFormat(format, accept, ANALYSIS_FORMATS)
  if (chosen === null) throw notAcceptable(ANALYSIS_FORMATS, `Accept: ${accept ?? ''}`)
  if (chosen === 'json') return undefined
  return new Response(formatAnalyses(analysis, chosen), {
    status: 200,
    headers: { 'Content-Type': OUTPUT_FORMATS[chosen].mediaType, Vary: 'Accept' },
  })
}

/**
 * For routes that answer JSON only (lists, an actor, search): `?format=json` or none passes; another export format
 * is a 406 problem, an unknown one a 400; so is an Accept header that does not take JSON. Never a JSON 200 when
 * something else was asked for.
 */
export const onlyJson: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
  const asked = c.req.query('format')
  if (asked !== undefined) {
    const parsed = OutputFormatSchema.safeParse(asked)
    if (!parsed.success) {
      throw new ApiError(400, 'invalid-request', 'The request does not match the API: see issues.', {
        issues: toIssues(parsed.error.issues.map((issue) => ({ ...issue, path: ['format'] }))),
      })
    }
    if (parsed.data !== 'json') throw notAcceptable(['json'], `format=${parsed.data}`)
  } else {
    const accept = c.req.header('accept')
    if (chooseFormat(undefined, accept, ['json']) === null) throw notAcceptable(['json'], `Accept: ${accept}`)
  }
  return next()
}
