import { ORGANIZATION_NOUNS } from '../../data/actors/apposed-nouns.ts'
import { givenNameGender } from '../given-names.ts'
import { isBodyHead } from './body-heads.ts'
import { endsAsFirm } from './company-names.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { dropNamesNeverActing } from './name-uses.ts'
import { actsAsBody } from './product-names.ts'
import type { TaggedArticle } from './tag-article.ts'

const POSSESSIVE = new Set(["'s", '’s'])
// Words that make a name after a body's possessive a part of that body, ending the name or right after it, in the
// singular or the plural: "Vexco's Orlin unit", "Vexco's Research Laboratory", "the Yard's Orlin taskforce".
const UNIT_WORDS = new Set([
  ...'unit division subsidiary arm branch laboratory lab centre center taskforce team squad committee board panel wing office'.split(
    ' ',
  ),
  ...ORGANIZATION_NOUNS,
])
// Plural trade nouns a firm owned by another ends its name in, which product names rarely do: "Vexco's Orlin Foods",
// beside the firm qualifiers of company-names.ts ("Orlin Airways", "Orlin Motors").
const TRADE_PLURALS = new Set([
  'Foods',
  'Studios',
  'Stores',
  'Records',
  'Pictures',
  'Brands',
  'Mills',
  'Mines',
])
// Nouns after the name that make it a body changing hands: "Vexco's Orlin deal", "Vexco's Orlin takeover".
const DEAL_NOUNS = new Set(
  'deal deals takeover bid bids merger purchase acquisition stake buyout shares'.split(' '),
)

/**
 * No firm's products as actors: in technology and business news a name right after a body's possessive ("Vexco's
 * Vexbox", "Orlin Telecom's Tarrow Pad") is mostly a thing the body makes or sells, which the tagger takes for a
 * body of its own. Such a name, taken for a body, is dropped in all its forms unless the article uses it as a body
 * somewhere (it speaks, is a well-known body, announces, sells or employs, has a boss or staff, someone is "at" it)
 * or it names a part of the body or a person (see `isPartOrPerson`). A person the tagger found after the possessive
 * ("Vexco's Tom Hale", "Rovers' Pell"), a country and a place stay: they are the body's people and places.
 * Changes `found.mentions` in place.
 * @example // "Vexco Corp's Vexbox goes on sale in May." → no actor "Vexbox"
 */
export function dropFirmProducts(article: TaggedArticle, found: ArticleMentions): void {
  const byLast = new Map(found.mentions.map((m) => [m.last, m]))
  dropNamesNeverActing(
    found,
    (m) => actsAsBody(article, m),
    (m) => isOwnedThing(article, m, byLast),
  )
}

/** Whether one mention, taken for a body, follows a body's possessive: "Vexco's Vexbox". */
function isOwnedThing(article: TaggedArticle, m: Mention, byLast: ReadonlyMap<number, Mention>): boolean {
  if (m.kind !== 'organization') return false
  const { tokens, sentenceOf } = article
  if (isPartOrPerson(m.text, tokens[m.last]?.text ?? '')) return false
  if (m.first < 2 || sentenceOf[m.first - 1] !== sentenceOf[m.first]) return false
  if (!POSSESSIVE.has(tokens[m.first - 1]?.text ?? '')) return false
  const owner = byLast.get(m.first - 1)
  return owner?.kind === 'organization' && owner.country === undefined
}

/**
 * Whether a name after a body's possessive, with the word after it, names a part of that body or a person rather
 * than a thing it makes: a body's or a unit's noun ends it or follows it ("Orlin Bank", "Orlin Research
 * Laboratory", "Tarrow Media unit"), a deal's noun follows it (the body bought: "Vexco's Orlin deal"), or a firm's qualifier or plural trade noun ends a name of two words or more ("Orlin
 * Airways", "Orlin Foods": a firm the body owns), or a given name opens a name of two words or more ("Peter Vane": a
 * person, or a firm named after one).
 * @example isPartOrPerson('Tarrow Media', 'unit') // true
 */
export function isPartOrPerson(name: string, next: string): boolean {
  const words = name.split(' ')
  const last = words.at(-1) ?? ''
  if (isBodyHead(last) || isUnitWord(last) || isUnitWord(next) || DEAL_NOUNS.has(next.toLowerCase()))
    return true
  if (words.length > 1 && (endsAsFirm(name) || TRADE_PLURALS.has(last))) return true
  return words.length > 1 && givenNameGender(words[0] ?? '') !== undefined
}

/** Whether a word, in any case, singular or plural, is a unit's or a body's noun: "unit", "Laboratories", "taskforce". */
function isUnitWord(word: string): boolean {
  const lower = word.toLowerCase()
  if (UNIT_WORDS.has(lower)) return true
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/s$/, '')
  return UNIT_WORDS.has(singular)
}
