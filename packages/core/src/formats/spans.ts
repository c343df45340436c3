import type { Actor } from '../schemas/actor.ts'
import type { Analysis } from '../schemas/analysis.ts'
import type { Span } from '../schemas/span.ts'
import type { Statement } from '../schemas/statement.ts'

/** The words a span covers, or '' for no span. */
export function sliceSpan(text: string, span: Span | null | undefined): string {
  return span ? text.slice(span.start, span.end) : ''
}

/** What a statement says: its content, or the pieces of an interrupted quote joined by an ellipsis. */
export function contentText(text: string, statement: Statement): string {
  const parts = statement.contentParts
  if (!parts || parts.length === 0) return sliceSpan(text, statement.content)
  return parts.map((part) => sliceSpan(text, part)).join(' … ')
}

/** Looks actors up by id. */
export function indexActors(analysis: Analysis): Map<string, Actor> {
  return new Map(analysis.actors.map((actor) => [actor.id, actor]))
}

/** One analysis or several, always as a list. */
export function toList(input: Analysis | readonly Analysis[]): readonly Analysis[] {
  return isAnalysisList(input) ? input : [input]
}

function isAnalysisList(input: Analysis | readonly Analysis[]): input is readonly Analysis[] {
  return Array.isArray(input)
}

/** The IRIs whosaid gives its records in linked-data formats: stable, and the same in every export. */
export const iri = {
  article: (id: string) => `urn:whosaid:article:${id}`,
  actor: (id: string) => `urn:whosaid:actor:${id}`,
  statement: (id: string) => `urn:whosaid:statement:${id}`,
}
