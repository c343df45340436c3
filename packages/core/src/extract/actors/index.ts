import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'

/** Finds the actors of an article: mentions → roles → resolution. (Placeholder until the actors stage lands.) */
export function extractActors(_article: ParsedArticle): Actor[] {
  return []
}
