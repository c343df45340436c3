import type { Token } from '../../parse/document.ts'
import { findCountryOfCapital, findCountryOfDemonym } from './countries.ts'
import { isFaithPlural, isFaithWord } from './faiths.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { ActorDraft, ResolvedActors } from './resolve.ts'
import { slugify } from './slug.ts'
import type { TaggedArticle } from './tag-article.ts'

/**
 * A people named by the plural of its demonym ("Americans", "Palestinians", "the Russians") is a group of its
 * own, not its country nor nothing, and so are a faith's followers ("Muslims", "Sikhs"): one group actor per plural, with a `descriptor` reference each time it is
 * written, as for the groups an article describes ("militants"), so that it may speak ("Iraqis said"), and no
 * name mention (taggers call these words MISC, not an organization's name). Its affiliation is
 * the country when the article has that country's actor already. Words inside a name are left alone
 * ("Americans for Prosperity"), as are plurals that are no demonym's ("Nationals").
 * @example demonymGroups(tagArticle(parseArticle('Americans voted.')), resolved) // adds group:americans
 */
export function demonymGroups(article: TaggedArticle, resolved: ResolvedActors): void {
  const { tokens } = article
  const taken = new Uint8Array(tokens.length)
  for (const mention of resolved.byMention.keys()) taken.fill(1, mention.first, mention.last)
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).text
    if (taken[i] === 1) continue
    const country = isDemonymPlural(word) ? findCountryOfDemonym(word.slice(0, -1)) : undefined
    if (!country && !isFaithPlural(word)) continue
    const id = `group:${slugify(word)}`
    let group = resolved.byId.get(id)
    if (!group) {
      group = { id, kind: 'group', name: word, mentions: [], references: [] } satisfies ActorDraft
      const countryActor = country && resolved.actors.find((actor) => actor.country?.code === country.code)
      if (country && countryActor) group.affiliation = { country }
      resolved.actors.push(group)
      resolved.byId.set(id, group)
    }
    const { start, end } = tokens[i] as Token
    group.references.push({ span: { start, end }, form: 'descriptor', token: i })
  }
}

/**
 * A plural demonym alone is never a person's, an organization's or a place's name, whatever the tagger or a verb
 * of saying made of it ("Ukrainians said" is no person): such mentions go, and demonymGroups makes the group.
 * So with a faith's word alone ("Hindus", "a Muslim community") or with demonyms ("a British Muslim group").
 * So with the people of a city named after it ("Londoners", "Hongkongers" where the article names Hong Kong).
 */
export function dropDemonymPlurals(article: TaggedArticle, found: ArticleMentions): void {
  let places: Set<string> | undefined
  found.mentions = found.mentions.filter((mention) => {
    if (mention.canonical !== undefined) return true
    if (mention.last - mention.first !== 1)
      return mention.kind === 'person' || !isFaithPhrase(article, mention)
    const word = (article.tokens[mention.first] as Token).text
    if (isDemonymPlural(word) && findCountryOfDemonym(word.slice(0, -1))) return false
    // A faith's followers or its adjective ("Hindus", "Muslim voters"); a given name that is also one ("Christian
    // said") stays a person's.
    if (isFaithWord(word) && (mention.kind !== 'person' || isFaithPlural(word))) return false
    if (!DWELLERS.test(word)) return true
    places ??= placeWords(found)
    return !isDwellersOf(word.slice(0, -3), places)
  })
}

/**
 * "A British Muslim group", "a Muslim family": a name whose capitalized words are a faith's word and demonyms only
 * names no body or place ("the Muslim Council of Britain" does).
 */
function isFaithPhrase(article: TaggedArticle, mention: Mention): boolean {
  const capitalized = article.tokens
    .slice(mention.first, mention.last)
    .map((token) => token.text)
    .filter((word) => /^\p{Lu}/u.test(word))
  return (
    capitalized.some(isFaithWord) &&
    capitalized.every((word) => isFaithWord(word) || findCountryOfDemonym(word) !== undefined)
  )
}

// "Londoners", "Hongkongers", "Berliners": the people of a place, by its name and "-ers".
const DWELLERS = /^\p{Lu}\p{Ll}{3,}ers$/u

/** The article's places and countries as one lower-case word each ("Hong Kong" → "hongkong"). */
function placeWords(found: ArticleMentions): Set<string> {
  const words = new Set<string>()
  for (const m of found.mentions)
    if (m.kind === 'location' || m.kind === 'country') words.add(m.text.replace(/\s+/g, '').toLowerCase())
  return words
}

/** Whether a stem ("London", "Hongkong") is a place the article names, or a capital. */
function isDwellersOf(stem: string, places: ReadonlySet<string>): boolean {
  return places.has(stem.toLowerCase()) || findCountryOfCapital(stem) !== undefined
}

/** A capitalized word in -s of four letters or more whose singular could be a demonym ("Iraqis", not "US"). */
function isDemonymPlural(word: string): boolean {
  return word.length >= 5 && word.endsWith('s') && /^\p{Lu}\p{Ll}/u.test(word)
}
