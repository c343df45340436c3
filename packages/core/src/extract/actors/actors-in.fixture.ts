import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

/** Every actor of a text as "kind:name", for the table tests of this folder. */
export const actorsIn = (text: string): string[] =>
  extractActors(parseArticle(text)).map((actor) => `${actor.kind}:${actor.name}`)
