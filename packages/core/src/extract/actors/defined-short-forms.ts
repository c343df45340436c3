import { HONORIFICS } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import { commonTagOf, isCommonWord } from './common-words.ts'
import { findCountry } from './countries.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { initialsOf } from './name-initials.ts'
import type { TaggedArticle } from './tag-article.ts'

// A short form in capitals, in any language's letters: "(UHP)", "(ONM)".
const CAPITALS = /^\p{Lu}{2,6}$/u
// A short form written as a word, capital then lower case: "Frbo".
const WORD_FORM = /^\p{Lu}\p{Ll}{2,7}$/u
const THE = /^the\s+/i
// A name spelled by a word form needs this many capitalized words: two initials make too many everyday words.
const MIN_SPELLED = 3
// A firm named after two partners: "Harlow & Benning". Its first name alone is the firm.
const PARTNERS = /^(\p{Lu}[\p{L}'’-]{1,30}) & (\p{Lu}[\p{L}'’-]{1,30})$/u

/**
 * The short forms an article gives an organization's name of two words or more, each mapped to that name's
 * mention: in brackets right after the name, in capitals ("the Union of Harbour Pilots (UHP)", "the National
 * Weather Bureau (ONM)" with another language's letters; not "(HKRFU)" after a "Rugby Football Union" that lacks
 * words of the name) or as a word spelling its capitalized words' initials
 * ("(Frbo)" of "the Federation of Rural Bus Operators"); and such a word anywhere, for a name of three
 * capitalized words or more ("Frbo said" with no brackets), unless it is a common word or given name ("Tom" of
 * "the Tarrow Orlin Museum") or a person's full name of the article has it; and the first name of a firm named
 * after two partners ("Harlow said" after "Harlow & Benning"), unless the article uses it as a place or a
 * person's ("Tom Harlow", "Mr Harlow").
 * A word that spells no initials ("the Orlin Group (Vexco)") and a country's name ("(UK)") are none. Short
 * forms come without "the".
 * @example definedShortForms(article, mentions) // Map { 'UHP' => <the Union of Harbour Pilots> }
 */
export function definedShortForms(
  article: TaggedArticle,
  mentions: readonly Mention[],
): Map<string, Mention> {
  const { tokens, sentenceOf } = article
  const found = new Map<string, Mention>()
  const bySpelling = new Map<string, Mention>()
  for (const m of mentions) {
    if (m.kind !== 'organization' || m.country !== undefined || m.last - m.first < 2) continue
    const initials = initialsOf(m.text).toLowerCase()
    if (initials.length >= MIN_SPELLED && !bySpelling.has(initials)) bySpelling.set(initials, m)
    if (tokens[m.last]?.text !== '(' || tokens[m.last + 2]?.text !== ')') continue
    if (sentenceOf[m.last + 2] !== sentenceOf[m.first]) continue
    const short = (tokens[m.last + 1] as { text: string }).text
    if (found.has(short) || findCountry(short) !== undefined) continue
    if (CAPITALS.test(short) ? !isLonger(short.toLowerCase(), initials) : short.toLowerCase() === initials)
      found.set(short, m)
  }
  const byPartner = firstPartners(mentions)
  if (bySpelling.size === 0 && byPartner.size === 0) return found
  // Words a person of the article bears: in a full name ("Tom Harlow") or after a title ("Mr Harlow").
  const personWords = new Set(
    mentions.filter((m) => m.kind === 'person' && m.last - m.first > 1).flatMap((m) => m.text.split(' ')),
  )
  for (const m of mentions)
    if (HONORIFICS[tokens[m.first - 1]?.text.toLowerCase() ?? ''] !== undefined) personWords.add(m.text)
  for (const m of mentions) {
    const text = m.text.replace(THE, '')
    if (found.has(text) || personWords.has(text) || m.country !== undefined) continue
    if (givenNameGender(text) !== undefined || isCommonWord(text)) continue
    const name = WORD_FORM.test(text) ? bySpelling.get(text.toLowerCase()) : undefined
    const firm = m.kind === 'location' ? undefined : byPartner.get(text)
    if ((name ?? firm) !== undefined) found.set(text, (name ?? firm) as Mention)
  }
  return found
}

/**
 * Firms named after two partners, by the first partner's name: "Harlow" of "Harlow & Benning". Not a place and
 * its district ("Tarrow & District"): the second name is no common noun.
 */
function firstPartners(mentions: readonly Mention[]): Map<string, Mention> {
  const firms = new Map<string, Mention>()
  for (const m of mentions) {
    if (m.kind !== 'organization' || m.country !== undefined) continue
    const partners = PARTNERS.exec(m.text)
    if (!partners || commonTagOf(partners[2] as string) === 'N') continue
    if (!firms.has(partners[1] as string)) firms.set(partners[1] as string, m)
  }
  return firms
}

/**
 * A short form that an article gives an organization's name (see `definedShortForms`) is that organization wherever
 * it stands alone: "Frbo said" after "the Federation of Rural Bus Operators" is the body, not a person, and "at
 * UHP" no place. Mentions that name a country or a settled body keep theirs. Changes `found.mentions` in place;
 * `resolveActors` joins the short form to its name with `definedShortForms`.
 * @example // "The Federation of Rural Bus Operators met. Frbo said fares would rise." → organization "Frbo"
 */
export function settleDefinedShortForms(article: TaggedArticle, found: ArticleMentions): void {
  const shortForms = definedShortForms(article, found.mentions)
  if (shortForms.size === 0) return
  for (const m of found.mentions) {
    if (m.country !== undefined || m.canonical !== undefined || m.last - m.first > 2) continue
    if (shortForms.has(m.text.replace(THE, ''))) m.kind = 'organization'
  }
}

/**
 * Whether capitals spell more than a name the tagger found: "HKRFU" (ending with "RFU") after "Rugby Football Union" of "the Hong Kong
 * Rugby Football Union" names a body whose name the mention lacks words of.
 */
function isLonger(letters: string, initials: string): boolean {
  return letters.length > initials.length && letters.endsWith(initials)
}
