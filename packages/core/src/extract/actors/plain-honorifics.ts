import { HONORIFICS } from '../../data/actors/roles.ts'
import type { Mention } from './mentions.ts'
import { nameWords } from './name-forms.ts'
import type { TaggedArticle } from './tag-article.ts'

// Plain honorifics ("Mr Blair"), which go with a surname, never with a given name in English news.
export const PLAIN_HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'mister',
])

/** The honorific a mention opens with or follows ("Sir Ian Blair", "Mr Blair"), lower-cased ('' for none). */
export function honorificOf(article: TaggedArticle, mention: Mention): string {
  const opening = (mention.text.split(' ')[0] as string).toLowerCase()
  if (HONORIFICS[opening] !== undefined) return opening
  const before = (article.tokens[mention.first - 1]?.text ?? '').toLowerCase()
  return HONORIFICS[before] !== undefined &&
    article.sentenceOf[mention.first - 1] === article.sentenceOf[mention.first]
    ? before
    : ''
}

/**
 * The one-word names an article writes after "Mr", "Mrs" or "Ms" ("Mr Flight"): the surnames it calls people by.
 * A person called "Mr Flight" is not the "Mr Howard" of the same article, though his given name is Howard.
 * @example surnamesCalledPlainly(article, persons).has('Flight') // true
 */
export function surnamesCalledPlainly(article: TaggedArticle, persons: readonly Mention[]): Set<string> {
  const called = new Set<string>()
  for (const mention of persons) {
    const words = nameWords(mention.text)
    if (words.length === 1 && PLAIN_HONORIFICS.has(honorificOf(article, mention)))
      called.add(words[0] as string)
  }
  return called
}
