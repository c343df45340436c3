import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isCapitalized } from './tagger/word-shape.ts'

/**
 * Which people named in full a bare given name may mean ("Tony", "Serena", "his wife Sharon"). News calls the
 * person it is about by the given name in a headline ("Serena wins", the body then naming her in full in its
 * first paragraph) and in quotes ("I spoke with Tony"), even when someone else of that given name is named too.
 */

/** A person named in full: the id and the token of the first full-name mention. */
export interface GivenNameBearer {
  id: string
  first: number
}

/** What the article tells of the given name beyond its bearers. */
export interface GivenNameContext<T> {
  /** The token where the article's lead (headline and first paragraph) ends. */
  leadEnd: number
  /** Whether a royal or religious title bears the name alone somewhere ("Prince Charles"): someone of their own. */
  royal: boolean
  /** Whether the text shows the bearer to be a person (a title, a gender, "he" after the name). */
  isShown: (bearer: T) => boolean
}

/**
 * The bearers a bare given name may mean: those named in full before it (several are weighed by the caller, as
 * namesakes are); with none before, in a headline, the one the lead names in full (or the only one, where the
 * text shows a person), never where a royal bears the name alone; in the body, the only one, unless a
 * capitalized word precedes the name ("Prince Charles" is not Charles Vale).
 */
export function givenNameBearers<T extends GivenNameBearer>(
  article: TaggedArticle,
  mention: Mention,
  bearers: readonly T[],
  context: GivenNameContext<T>,
): T[] {
  const before = bearers.filter((b) => b.first < mention.first)
  if (before.length > 0) return before
  if (article.sentenceOf[mention.first] === 0) {
    if (context.royal) return []
    const inLead = bearers.filter((b) => b.first < context.leadEnd)
    if (inLead.length === 1) return inLead
    const only = bearers.length === 1 ? (bearers[0] as T) : undefined
    return only !== undefined && context.isShown(only) ? [only] : []
  }
  const only = bearers.length === 1 ? (bearers[0] as T) : undefined
  if (only === undefined) return []
  const previous = article.tokens[mention.first - 1]
  const opens =
    previous === undefined || article.sentenceOf[mention.first - 1] !== article.sentenceOf[mention.first]
  return opens || !isCapitalized(previous.text) ? [only] : []
}
