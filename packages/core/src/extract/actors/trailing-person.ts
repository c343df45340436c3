import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'
import { isCommonWord } from './common-words.ts'
import { findCountry } from './countries.ts'
import { looksLikePersonName } from './name-forms.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'

// Last words of an organization's name, after which a person's name starts a new name.
const HEADS = new Set([
  ...ORGANIZATION_HEADS,
  'party',
  'alliance',
  'front',
  'coalition',
  'congress',
  'assembly',
  'parliament',
])

/**
 * Where a person's name starts inside an organization's name the tagger ran on into it ("Liberal Party of
 * Canada Fernand Viau"): the token after "of" and a country closing a name with a head word, when two or three
 * words follow that read as a person's name, none a common word or a country; -1 if none.
 * @example // "… the Liberal Party of Canada Fernand Viau" → the token of "Fernand"
 */
export function trailingPersonStart(article: TaggedArticle, first: number, last: number): number {
  for (let start = Math.max(first + 3, last - 3); start <= last - 2; start++) {
    if (endsWithCountry(article, first, start) && isPersonName(article, start, last)) return start
  }
  return -1
}

/** Whether tokens [first, end) end like "Party of Canada": a head word, later "of" and a country. */
function endsWithCountry(article: TaggedArticle, first: number, end: number): boolean {
  if (word(article, end - 2) !== 'of' || !findCountry(word(article, end - 1))) return false
  for (let k = first; k < end - 2; k++) if (HEADS.has(word(article, k).toLowerCase())) return true
  return false
}

/** Whether tokens [first, last) read as a person's name and hold no common word or country ("New Zealand"). */
function isPersonName(article: TaggedArticle, first: number, last: number): boolean {
  if (!looksLikePersonName(article, first, last)) return false
  for (let k = first; k < last; k++)
    if (isCommonWord(word(article, k)) || findCountry(word(article, k))) return false
  return !findCountry(
    nameAt(
      article,
      (article.tokens[first] as { start: number }).start,
      (article.tokens[last - 1] as { end: number }).end,
    ),
  )
}

function word(article: TaggedArticle, k: number): string {
  return (article.tokens[k] as { text: string }).text
}
