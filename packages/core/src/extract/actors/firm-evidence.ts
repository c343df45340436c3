import seen from '../../data/actors/seen-names.json' with { type: 'json' }
import { givenNameGender } from '../given-names.ts'
import { commonTagOf } from './common-words.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { oneWordNames } from './one-word-names.ts'
import type { TaggedArticle } from './tag-article.ts'

const POSSESSIVES = new Set(["'s", '’s'])
// What a listed firm has and a person or a town hardly has, after the name's possessive: "Vellcor's profits",
// "Vellcor's chief executive", "Vellcor's principal analyst". A closed class; one word may come between.
const FIRM_POSSESSIONS = new Set(
  'profit profits revenue revenues earnings shareholders subsidiary subsidiaries analyst analysts economist economists executive executives'.split(
    ' ',
  ),
)
// What one buys or holds in a firm: "shares in Vellcor", "a stake in Vellcor", "shares of Vellcor".
const HOLDINGS = new Set(['shares', 'stake', 'stakes', 'stock'])
// A bank's name run into one word ("Vellcorbank"): five letters at least before "bank", so that the surnames and
// towns that end in it ("Eubank", "Burbank", "Fairbank") stay what they are. Bounded: a long word is no name.
const BANK_WORD = /^\p{Lu}\p{Ll}{4,30}bank$/u
// Places the tagger's training data knows (a club may share the name): "shares in London" are sold there.
let knownPlaces: Set<string> | undefined

/**
 * A one-word name the tagger took for a person or a place that the text shows to be a firm: a firm's possession
 * after its possessive ("Vellcor's profits", "Vellcor's chief executive"), a holding before it ("shares in
 * Vellcor", "a stake in Vellcor"), "its" after its verb ("Vellcor said its sales rose": a person's is "his" or
 * "her"), or a bank's name run into one word ("Vellcorbank"). Every mention of that word becomes an organization,
 * unless it is a place the tagger's data knows ("shares in London" trade there), a given name ("Helen said its
 * colour was wrong"), a word of a person's full name in the article ("Tom Vell … Vell's executive assistant"), a
 * country or a name another stage settled. Changes the mentions in place.
 * @example // "Shares in Vellcor fell." → the organization Vellcor
 */
export function settleFirmEvidence(article: TaggedArticle, found: ArticleMentions): void {
  const { byName, borne } = oneWordNames(
    found,
    (m) =>
      (m.kind === 'person' || m.kind === 'location') && m.country === undefined && m.canonical === undefined,
  )
  for (const [name, list] of byName) {
    if (borne.has(name) || givenNameGender(name) !== undefined || isKnownPlace(name)) continue
    if (!BANK_WORD.test(name) && !list.some((m) => showsFirm(article, m))) continue
    for (const m of list) m.kind = 'organization'
  }
}

/** Whether the words around a one-word name show a firm: "Vellcor's profits", "shares in Vellcor", "Vellcor said its". */
function showsFirm(article: TaggedArticle, m: Mention): boolean {
  const word = (k: number) =>
    article.sentenceOf[k] === article.sentenceOf[m.first] ? (article.tokens[k]?.text.toLowerCase() ?? '') : ''
  const after = word(m.last)
  if (POSSESSIVES.has(after))
    return FIRM_POSSESSIONS.has(word(m.last + 1)) || FIRM_POSSESSIONS.has(word(m.last + 2))
  if (/^(?:in|of)$/.test(word(m.first - 1)) && HOLDINGS.has(word(m.first - 2))) return true
  return word(m.last + 1) === 'its' && commonTagOf(after)?.startsWith('V') === true
}

/** Whether the tagger's training data knows the name as a place's: "London", "Belgrade". */
export function isKnownPlace(name: string): boolean {
  knownPlaces ??= new Set((seen as Record<string, readonly string[]>).LOC ?? [])
  return knownPlaces.has(name)
}
