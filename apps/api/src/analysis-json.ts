// The JSON of an analysis as bytes, for `POST /v1/analyze`, which sends it on unread. On Node the pool's thread
// makes it (`analyzeJson`: a 10 MB text's analysis is 60 MB of JSON, whose stringify held the server's thread, as
// did copying the analysis over from its thread); elsewhere (workerd, tests with a stand-in analyzer) it is made
// here from the app's TextAnalyzer.
import type { JsonAnalyzer, TextAnalyzer } from './context.ts'

const encoder = new TextEncoder()

/**
 * The JsonAnalyzer that stringifies what `analyzer` answers, on the caller's thread.
 * @example const bytes = await jsonAnalyzerOf(analyze)('Ann Lee said so.')
 */
export function jsonAnalyzerOf(analyzer: TextAnalyzer): JsonAnalyzer {
  return async (text, options) => encoder.encode(JSON.stringify(await analyzer(text, options)))
}
