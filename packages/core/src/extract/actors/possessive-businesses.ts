import { isFunctionWord } from './function-words.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const POSSESSIVES = new Set(["'s", '’s'])
// Head nouns of a shop's, a practice's or a charity's name after its founder's possessive, a closed class: "Mara's
// Salon and Spa", "the Prince's Trust", "Dane's Cafe". No person's or place's name ends in one after a possessive.
const BUSINESS_HEADS = new Set(
  (
    'salon salons spa cafe café caff restaurant bistro diner bar pub inn hotel bakery butchers shop store stores ' +
    'boutique garage pharmacy chemists clinic surgery studio studios kitchen deli emporium chambers trust ' +
    'foundation fund'
  ).split(' '),
)
const JOINERS = new Set(['and', '&'])
// How many words the founder's name and the words after the possessive may run to: "Mara Dane's Hair and Beauty Salon".
const OWNER_WORDS = 3
const AFTER_WORDS = 6

const capitalized = (word: string) => /^\p{Lu}/u.test(word)

/**
 * A business named by its founder's possessive: capitalized words, "'s", then capitalized words joined by "and" or
 * "&" that end in a business's head noun ("Mara's Salon and Spa", "the Prince's Trust", "Dane's Cafe"), is one
 * organization, in place of the person, place or stray head noun the tagger made of its pieces; after a person named in
 * full, a name with a word of its own is the body alone ("Cherie Blair's Matrix Chambers"). A country or a party
 * before the possessive keeps its kind ("Britain's National Trust" names the trust of a country). Changes
 * `found.mentions` in place.
 * @example // "Staff at Mara's Salon and Spa agreed." → organization "Mara's Salon and Spa"
 */
export function settlePossessiveBusinesses(article: TaggedArticle, found: ArticleMentions): void {
  const { tokens, sentenceOf } = article
  const text = (k: number) => tokens[k]?.text ?? ''
  const spans: [number, number][] = []
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!POSSESSIVES.has(text(k))) continue
    const end = headEnd(article, k + 1)
    if (end === undefined) continue
    let first = k
    while (
      first > 0 &&
      k - first < OWNER_WORDS &&
      sentenceOf[first - 1] === sentenceOf[k] &&
      capitalized(text(first - 1)) &&
      !isFunctionWord(text(first - 1))
    )
      first--
    // "ITV1's Hell's Kitchen": a name owned in its turn is a work or a product of the first owner, no business.
    if (first === k || POSSESSIVES.has(text(first - 1)) || ownedByCountryOrParty(found.mentions, first, k))
      continue
    // A person named in full, or a place, before a name of its own ("Cherie Blair's Matrix Chambers", "Tarrow's
    // Lionhead Studios") is a member or a seat, not a founder: the body is the name after the possessive alone.
    const place = placeAt(found.mentions, first, k)
    const own = hasOwnWord(article, k + 1, end)
    if (place && !own) continue
    // So is a name after the possessive that the tagger found as a body of its own ("Kent's Vexwood Studios").
    const body = found.mentions.some((m) => m.first === k + 1 && m.last === end && m.kind === 'organization')
    const member = (place || body || namedInFull(found.mentions, first, k)) && own
    spans.push([member ? k + 1 : first, end])
  }
  for (const [first, last] of spans) {
    found.mentions = found.mentions.filter((m) => m.last <= first || m.first >= last)
    const start = tokens[first]?.start ?? 0
    const end = tokens[last - 1]?.end ?? start
    found.mentions.push({
      first,
      last,
      start,
      end,
      text: article.text.slice(start, end),
      kind: 'organization',
    })
  }
  if (spans.length > 0) found.mentions.sort((a, b) => a.first - b.first)
}

/** The token after the last business head in the capitalized run from `from` ("Salon and Spa"), if one ends it. */
function headEnd(article: TaggedArticle, from: number): number | undefined {
  const { tokens, sentenceOf } = article
  let end: number | undefined
  for (let k = from; k < from + AFTER_WORDS && k < tokens.length && sentenceOf[k] === sentenceOf[from]; k++) {
    const word = tokens[k]?.text ?? ''
    if (JOINERS.has(word) && capitalized(tokens[k + 1]?.text ?? '')) continue
    if (!capitalized(word) || isFunctionWord(word)) break
    if (BUSINESS_HEADS.has(word.toLowerCase())) end = k + 1
  }
  return end
}

/** Whether tokens [first, last) are a person's name of two words or more, as the tagger found it: "Ann Lee". */
function namedInFull(mentions: readonly Mention[], first: number, last: number): boolean {
  return last - first > 1 && mentions.some((m) => m.first === first && m.last === last && m.kind === 'person')
}

/** Whether tokens [first, last) are a place's name, as the tagger found it: "Tarrow". */
function placeAt(mentions: readonly Mention[], first: number, last: number): boolean {
  return mentions.some((m) => m.first === first && m.last === last && m.kind === 'location')
}

/** Whether a capitalized word other than a head noun stands in tokens [from, end): "Matrix" of "Matrix Chambers". */
function hasOwnWord(article: TaggedArticle, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const word = article.tokens[k]?.text ?? ''
    if (capitalized(word) && !BUSINESS_HEADS.has(word.toLowerCase())) return true
  }
  return false
}

/** Whether a mention of a country, or one with a canonical name (a party), covers the owner's words. */
function ownedByCountryOrParty(mentions: readonly Mention[], first: number, last: number): boolean {
  return mentions.some(
    (m) => m.first < last && m.last > first && (m.country !== undefined || m.canonical !== undefined),
  )
}
