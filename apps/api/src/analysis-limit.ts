/** Why an analysis was stopped: it ran past its time limit or its memory limit. */
export type AnalysisLimit = 'time' | 'memory'

/**
 * An analysis stopped by the pool's limits; the API answers it 422 (the text, not the server, is the problem).
 * Kept free of Node imports so that app.ts, which runs on workerd too, can recognize it.
 */
export class AnalysisLimitError extends Error {
  override name = 'AnalysisLimitError'
  readonly limit: AnalysisLimit

  constructor(limit: AnalysisLimit, detail: string) {
    super(detail)
    this.limit = limit
  }
}
