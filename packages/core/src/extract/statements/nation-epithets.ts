import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { findCountryOfDemonym } from '../actors/countries.ts'
import { isNationNoun, NATION_NOUN_ADJECTIVE } from '../actors/nation-nouns.ts'
import type { Anchor } from './anchors.ts'
import type { Discourse } from './antecedents.ts'

// Nation epithets: sport and features call a person they named by where they are from ("said the Scot", "the
// American added", "the Cork man said"). The actor layer reads such a word as the country or a body, but as the
// whole of a source it is one person, the one the text is about.

// Nations inside a larger one, by adjective: a Scot is also a Briton, a Cornishman also English.
const WITHIN: Readonly<Record<string, string>> = {
  Scottish: 'British',
  Welsh: 'British',
  English: 'British',
  Cornish: 'English',
  Yorkshire: 'English',
}

// Demonyms that as nouns name a whole people ("the French", "the Chinese", "the Swiss"), not one person.
const COLLECTIVE = /(?:ese|ish|ch|ss)$/

// A place and "man" or "woman": "Cork man", "New York woman", as personForDescription receives it with its capitals.
const PLACE_PERSON = /^\p{Lu}[\p{L}.'’ -]* (?:man|woman)$/u

/**
 * Whether a capitalised word names one person by nation: "Scot", "Welshman", "American"; not "French" or "Chinese",
 * which name a people, and not a lower-case word.
 * @example isNationEpithet('Scot') // true
 */
export function isNationEpithet(word: string): boolean {
  if (isNationNoun(word)) return true
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || COLLECTIVE.test(word)) return false
  return findCountryOfDemonym(word) !== undefined
}

/** Whether a description (as readNationEpithet gives it) is a nation epithet: "Scot", "Cork man". */
export function isNationPhrase(phrase: string): boolean {
  return isNationEpithet(phrase) || PLACE_PERSON.test(phrase)
}

/**
 * The nation epithet a source's head is, with its capitals: "Scot" of "the Scot", "Cork man" of "the Cork man"
 * (a place the text names, then "man" or "woman"); undefined for any other head.
 */
export function readNationEpithet(
  tokens: readonly Token[],
  head: Span,
  inHead: readonly Anchor[],
): string | undefined {
  const words = tokens.filter((token) => token.start >= head.start && token.end <= head.end)
  if (words[0]?.text.toLowerCase() !== 'the') return undefined
  const last = words.at(-1) as Token
  if (words.length === 2) return isNationEpithet(last.text) ? last.text : undefined
  if (words.length < 3 || (last.text !== 'man' && last.text !== 'woman')) return undefined
  // "the Cork man": the words between "the" and "man" are all one place the text names.
  const place = inHead.find(
    (anchor) =>
      (anchor.kind === 'location' || anchor.kind === 'country') &&
      anchor.start === words[1]?.start &&
      anchor.end === words.at(-2)?.end,
  )
  return place
    ? `${words
        .slice(1, -1)
        .map((token) => token.text)
        .join(' ')} ${last.text}`
    : undefined
}

/**
 * The nations a nation epithet names, its own first and then each larger one it is part of: "Scotsman" →
 * Scottish, United Kingdom; "Kenyan" → Kenya. A nation the country table has is its code, any other its adjective.
 */
function nationChain(word: string): string[] {
  const chain: string[] = []
  let adjective: string | undefined = NATION_NOUN_ADJECTIVE[word] ?? word
  while (adjective !== undefined && chain.length < 4) {
    chain.push(findCountryOfDemonym(adjective)?.code ?? adjective)
    adjective = WITHIN[adjective]
  }
  return chain
}

/**
 * The people the text named, before `at`, right after a nation epithet ("Frenchman Luc Abel", "fellow American Sam
 * Cole"), with the nation it names: whom "the Frenchman" may be, and whom "the Scot" is not.
 */
export function nationsOfPeople(discourse: Discourse, at: number): Map<string, readonly string[]> {
  const { tokens } = discourse.parsed
  const found = new Map<string, readonly string[]>()
  for (const anchor of discourse.anchors) {
    if (anchor.start >= at) break
    if (anchor.kind !== 'person' || anchor.form !== 'name' || found.has(anchor.actor)) continue
    const index = countStartingBefore(tokens, anchor.start)
    const before = tokens[index - 1]
    const first = tokens[index]
    if (before && isNationEpithet(before.text)) found.set(anchor.actor, nationChain(before.text))
    // "Spaniard Luis Vera" tagged as one name: its first word is the nation when a full name of two words follows,
    // so that a given name such as "Finn" in "Finn Lowe" is not read as one.
    else if (first && isNationEpithet(first.text) && nameWordsAfter(tokens, index, anchor.end) >= 2)
      found.set(anchor.actor, nationChain(first.text))
  }
  return found
}

/** How many words of a name follow its token `index`, up to the name's end. */
function nameWordsAfter(tokens: readonly Token[], index: number, end: number): number {
  let count = 0
  for (let at = index + 1; at < tokens.length && (tokens[at] as Token).end <= end; at++) count++
  return count
}

/**
 * The people of `nations` of the nation `epithet` names or of a nation within it ("Frenchman" → everyone named as
 * French; "Briton" → those named as Scots too), not those of a larger one ("Scot" is not everyone named "Briton").
 */
export function peopleOfNation(nations: ReadonlyMap<string, readonly string[]>, epithet: string): string[] {
  const key = nationChain(epithet)[0] as string
  return [...nations].filter(([, chain]) => chain.includes(key)).map(([actor]) => actor)
}

/** Whether a nation epithet may stand for `actor`: the text gave them no nation, or one within or around it. */
export function mayBeOfNation(
  nations: ReadonlyMap<string, readonly string[]>,
  epithet: string,
  actor: string,
): boolean {
  const chain = nations.get(actor)
  if (chain === undefined) return true
  const own = nationChain(epithet)
  return chain.includes(own[0] as string) || own.includes(chain[0] as string)
}
