import { type Country, findCountry, findCountryOfDemonym } from './countries.ts'
import type { Mention } from './mentions.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { isInside } from './tagger/tags.ts'
import { isCapitalized } from './tagger/word-shape.ts'

// Common nouns that news capitalizes when it means one country's body by them ("the Government said", "a vote in
// Parliament", "Congress got involved"). Written by hand from English style guides; lower-cased, they are the
// plain nouns ("the government of the day") and stay unnamed.
const BODY_NOUNS = new Set(['Government', 'Parliament', 'Congress'])

/**
 * Bodies named by a capitalized common noun: "the Government", "Parliament", "Congress", with the country or
 * demonym before them ("the Scottish Government", "the UK Government"), which the tagger often leaves out or
 * tags as no name. Not first in a sentence ("Government spending rose"), nor inside or before a longer name
 * ("Government House", "African National Congress", "Member of Parliament").
 * @example matchBodies(tagArticle(parseArticle('Ministers said the Government would act.')))[0]?.text // 'Government'
 */
export function matchBodies(article: TaggedArticle): Mention[] {
  const { tokens, tags, sentenceOf } = article
  const found: Mention[] = []
  for (let i = 1; i < tokens.length; i++) {
    const word = (tokens[i] as { text: string }).text
    if (!BODY_NOUNS.has(word) || sentenceOf[i - 1] !== sentenceOf[i]) continue
    const next = tokens[i + 1]?.text ?? ''
    if (sentenceOf[i + 1] === sentenceOf[i] && (isCapitalized(next) || isInside(tags[i + 1] ?? 0))) continue
    // "Member of Parliament", "Act of Parliament": a name or title that ends in the body.
    if (tokens[i - 1]?.text === 'of' && isCapitalized(tokens[i - 2]?.text ?? '')) continue
    const prefix = countryBefore(article, i)
    // "the Scottish Government": a word the tagger opened a name with just before is the body's too.
    const opened = isInside(tags[i] as number) && !isInside(tags[i - 1] as number) && tags[i - 1] !== 0
    const first = prefix || opened ? i - 1 : i
    // "African National Congress", "New Zealand Government": the tagger's longer name stands.
    if (isInside(tags[first] as number)) continue
    found.push(bodyMention(article, first, i + 1, prefix))
  }
  return found
}

/** The country named just before a body, by name or demonym: "UK" or "British" before "Government". */
export function countryBefore(article: TaggedArticle, i: number): Country | undefined {
  const word = article.tokens[i - 1]?.text ?? ''
  if (article.sentenceOf[i - 1] !== article.sentenceOf[i] || !isCapitalized(word)) return undefined
  return findCountry(word) ?? findCountryOfDemonym(word)
}

/**
 * A body's mention over tokens `first` to `last` (exclusive), an organization, with the country its first word
 * names ("the Scottish Government") when there is one.
 */
export function bodyMention(
  article: TaggedArticle,
  first: number,
  last: number,
  prefix: Country | undefined,
): Mention {
  const start = (article.tokens[first] as { start: number }).start
  const end = (article.tokens[last - 1] as { end: number }).end
  const mention: Mention = {
    first,
    last,
    start,
    end,
    text: nameAt(article, start, end),
    kind: 'organization',
  }
  if (prefix) mention.prefixCountry = prefix
  return mention
}
