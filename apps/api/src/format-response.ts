import { type Analysis, formatAnalyses, OUTPUT_FORMATS, type OutputFormat } from '@whosaid/core'

/**
 * An analysis as a Response in an export format, or undefined for plain JSON (the route's own `c.json` answers).
 * @example formattedAnalysis(analysis, 'csv')?.headers.get('content-type') // 'text/csv; charset=utf-8; header=present'
 */
export function formattedAnalysis(
  analysis: Analysis,
  format: OutputFormat | undefined,
): Response | undefined {
  if (format === undefined || format === 'json') return undefined
  return new Response(formatAnalyses(analysis, format), {
    status: 200,
    headers: { 'Content-Type': OUTPUT_FORMATS[format].mediaType },
  })
}
