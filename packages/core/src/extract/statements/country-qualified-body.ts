import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'
import { actorForDescriptor, type Discourse, type EarlierSpeaker } from './antecedents.ts'

// Nouns of a business, which a country only qualifies ("the US company"): the body in view that the noun stands for.
const BUSINESS_NOUNS = new Set(
  'company firm group airline bank carrier retailer manufacturer insurer operator broadcaster network giant carmaker drugmaker lender supermarket conglomerate'.split(
    ' ',
  ),
)
// Nouns after a country that are the state speaking through an arm of its own: "the US government", "Britain's
// regulator", "the Libyan central bank". Any other noun is someone the country only qualifies.
const STATE_NOUNS = new Set(
  'government governments authorities administration regime cabinet leadership state embassy ministry military army navy regulator regulators watchdog agency treasury officials delegation'.split(
    ' ',
  ),
)
// Those who speak for a body, the state among them: "a Downing Street spokesman".
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen'])
// Words that end the noun phrase a country opens: auxiliaries, prepositions, conjunctions, punctuation.
const PHRASE_END = new Set(
  'has have had is was were be been may might will would can could should must in on at of by for to from with the a an and or but who which that as'.split(
    ' ',
  ),
)
// Prepositions that put a country inside another noun's phrase: "creditors of Korea's biggest firm".
const INSIDE_PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'with'])

/**
 * Who speaks when a country only qualifies the noun of a source: the business in view for a business's noun ("Multiplex
 * has cut its forecast. The Australian firm said …"), `null` for any other noun that is not the state's own ("The
 * UK's biggest lender said" with no lender in view, "A US report said", "Russia's highest court ruled", "creditors of
 * Korea's top card firm said"), and undefined when the country itself speaks ("Britain said", "the US government
 * said", "the German and Danish governments argue").
 * @example bodyQualifiedByCountry(discourse, source, anchor, earlier) // 'organization:multiplex'
 */
export function bodyQualifiedByCountry(
  discourse: Discourse,
  source: Span,
  country: Anchor,
  earlier: readonly EarlierSpeaker[],
): string | null | undefined {
  // "Pyongyang's only ally and its economic lifeline": a pronoun stands for the country the text resolved it to.
  if (country.kind !== 'country' || country.form === 'pronoun') return undefined
  const { view } = discourse.parsed
  const before = wordsOf(view.slice(source.start, country.start))
  const { words: phrase, end } = phraseAfter(view.slice(country.end, source.end))
  // "the government of India", "a spokesman for the Chinese foreign ministry", "a Downing St spokesman", "Chinese
  // state media": the state's own voice.
  if ([...before, ...phrase].some((word) => STATE_NOUNS.has(word) || SPOKESPEOPLE.has(word))) return undefined
  // "Creditors of Korea's top card firm": the country is inside another noun's phrase.
  if (before.some((word) => INSIDE_PREPOSITIONS.has(word))) return null
  const noun = phrase.at(-1)
  if (noun === undefined) return undefined
  // "the Libyan central bank" is the state's own bank.
  if (noun === 'bank' && phrase.includes('central')) return undefined
  if (!BUSINESS_NOUNS.has(noun) || !['the', 'this'].includes(before.join(' '))) return null
  // "The Swedish firm, the world's largest maker of fridges,": the firm, without its appositive.
  const body = actorForDescriptor(discourse, { start: source.start, end: country.end + end }, earlier)
  return body !== undefined && discourse.actors.get(body)?.kind === 'organization' ? body : null
}

/** The lower-case words of a stretch of text, possessive marks and punctuation dropped. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}-]+/gu) ?? []
}

/**
 * The lower-case words of the noun phrase a country's name or possessive opens, up to its end ("'s biggest mortgage
 * lender, which …" → biggest, mortgage, lender), and the offset in the text where it ends; no words when the country
 * ends its phrase ("US said", "China has …").
 */
function phraseAfter(text: string): { words: string[]; end: number } {
  const words: string[] = []
  let end = 0
  for (const match of text.matchAll(/\S+/g)) {
    const word = match[0].toLowerCase()
    if (words.length === 0 && match.index === 0 && /^['\u2019]s?$/.test(word)) continue
    const bare = word.replace(/[,;:)"'\u2019\u201d]+$/, '')
    if (!/^\p{L}[\p{L}-]*$/u.test(bare) || PHRASE_END.has(bare)) break
    // "A US report issued on Tuesday": a participle after the noun starts a clause of its own.
    if (words.length > 0 && /(?:ed|ing)$/.test(bare)) break
    words.push(bare)
    end = match.index + bare.length
    // A comma or a closing mark after the word ends the phrase with it.
    if (bare !== word) break
  }
  return { words, end }
}
