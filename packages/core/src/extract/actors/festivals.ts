import type { ArticleMentions } from './mentions.ts'

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
// Greetings that open a festival's name: "Merry Christmas", "Happy Holidays".
const GREETINGS = new Set(['Happy', 'Merry'])

/**
 * No actor is a festival or a greeting for one: a name that is a feast's word alone ("several Christmases",
 * "closed for Ramadan") or a greeting and one ("Merry Christmas", "Happy Holidays") is dropped, whatever kind the
 * tagger gave it; "Holidays" goes only after a greeting. A person's name that ends in such a word ("Tariq
 * Ramadan") and a place's ("Christmas Island") are left. Changes `found.mentions` in place.
 * @example // "Ann Vale wished everyone a Merry Christmas." → no organization "Merry Christmas"
 */
export function dropFestivals(found: ArticleMentions): void {
  found.mentions = found.mentions.filter((m) => {
    const words = m.text.split(' ')
    if (words.length === 1) return words[0] === 'Holidays' || !FESTIVALS.has(words[0] as string)
    return !(words.length === 2 && GREETINGS.has(words[0] as string) && FESTIVALS.has(words[1] as string))
  })
}
