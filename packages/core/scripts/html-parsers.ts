// Other HTML parsers, each adapted to build whosaid's tree (MarkupElement), for the parser comparison of
// eval:html: the same extraction runs on the tree each parser builds.
import type { MarkupElement } from '../src/input/html/tree.ts'

/** The parsers eval:html can compare; `own` is core's parseMarkup. */
export type ParserName = keyof typeof htmlParsers

/** Each parser's page → tree function; `own` is null (extractArticleFromHtml itself). */
export const htmlParsers: Record<string, ((html: string) => MarkupElement) | null> = {
  own: null,
}
