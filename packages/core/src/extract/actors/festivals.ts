import type { ArticleMentions } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// Feasts and festivals of the calendar, a closed class: "Christmas", "Ramadan", "Diwali".
const FESTIVALS = new Set([
  'Advent',
  'Christmas',
  'Christmases',
  'Diwali',
  'Easter',
  'Eid',
  'Halloween',
  'Hanukkah',
  'Hogmanay',
  'Holidays',
  'Lent',
  'Passover',
  'Pentecost',
  'Ramadan',
  'Thanksgiving',
])
// Prepositions and determiners that set a feast's date or season ("closed for Ramadan", "this Easter"), never a
// person's name.
const DATING = new Set(
  'after at before by during for from in into of on over since the this through till until last next'.split(
    ' ',
  ),
)
// Greetings that open a festival's name: "Merry Christmas", "Happy Holidays".
const GREETINGS = new Set(['Happy', 'Merry'])

/**
 * No actor is a festival or a greeting for one: a name that is a feast's word alone ("several Christmases",
 * "closed for Ramadan") or a greeting and one ("Merry Christmas", "Happy Holidays") is dropped, whatever kind the
 * tagger gave it; "Holidays" goes only after a greeting. A person's name that ends in such a word ("Tariq
 * Ramadan") and a place's ("Christmas Island") are left, and so is the word alone where a person's name of the
 * article ends with it and no preposition dates it ("Tariq Ramadan … Ramadan said": his surname). Changes `found.mentions` in place.
 * @example // "Ann Vale wished everyone a Merry Christmas." → no organization "Merry Christmas"
 */
export function dropFestivals(article: TaggedArticle, found: ArticleMentions): void {
  const surnames = new Set(
    found.mentions
      .filter((m) => m.kind === 'person' && m.text.includes(' '))
      .map((m) => m.text.split(' ').at(-1)),
  )
  found.mentions = found.mentions.filter((m) => {
    const words = m.text.split(' ')
    const word = words[0] as string
    if (words.length === 1)
      return word === 'Holidays' || !FESTIVALS.has(word) || (surnames.has(word) && !dated(article, m.first))
    return !(words.length === 2 && GREETINGS.has(words[0] as string) && FESTIVALS.has(words[1] as string))
  })
}

/** Whether the word before token k dates a feast: "for Ramadan", "this Easter". */
function dated(article: TaggedArticle, k: number): boolean {
  const before = article.tokens[k - 1]?.text ?? ''
  return article.sentenceOf[k - 1] === article.sentenceOf[k] && DATING.has(before.toLowerCase())
}
