import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Statement } from '../../schemas/statement.ts'

/** Finds reported statements: cues → spans → speakers → stance. (Placeholder until the statements stage lands.) */
export function extractStatements(_article: ParsedArticle, _actors: readonly Actor[]): Statement[] {
  return []
}
