import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import { governingParty, governmentWordsOf } from '../governing.ts'
import { isBareGovernmentWord, isGovernmentName, speaksOfGovernment } from '../government-mentions.ts'
import { buildAnchors } from '../statements/anchors.ts'
import { homeCountry } from './government-country.ts'
import type { ArticleMentions } from './mentions.ts'
import { slugify } from './slug.ts'
import type { TaggedArticle } from './tag-article.ts'

/**
 * The government of the country an article is set in, as an actor, where the article speaks of "the government" or
 * "ministers" but shows no party in office and has no government actor yet: "The Greens criticised the government
 * over rail fares" in an article about Britain. The government stage leaves such a text's "the government" to the
 * party in office (government-actor.ts); where no sentence tells which party that is, the words still name a body a
 * reader knows, the country's government, under the one id every article gives it ("<country> government").
 * Nothing is added when the country is named or pointed to less than twice, when it is a devolved nation (two
 * governments sit there), or when each "the government" is another place's ("the government of Peru"). Its
 * references are the words others judge it by, not those that open a sentence to say something in the article's own
 * voice ("The government has suggested …"), which the government stage reads as its speaking forms or not at all.
 * @example addGovernmentInOffice(parsed, article, found, actors) // [...actors, { id: 'organization:united-kingdom-government', … }]
 */
export function addGovernmentInOffice(
  parsed: ParsedArticle,
  article: TaggedArticle,
  found: ArticleMentions,
  actors: Actor[],
): Actor[] {
  if (!speaksOfGovernment(parsed.view)) return actors
  // The same evidence the government stage weighs for a government only judged (government-country.ts): a country
  // named or pointed to twice at least ("MPs", "Westminster", its parties), so that a war's or a summit's country
  // named often in a text about Westminster ("the Iraq war") does not outweigh it.
  const home = homeCountry(article, found, [], 2)
  if (home === undefined || home.code.includes('-')) return actors
  const id = `organization:${slugify(home.name)}-government`
  if (actors.some((actor) => actor.id === id || isGovernment(parsed, actor))) return actors
  const anchors = buildAnchors(actors)
  if (governingParty(parsed, anchors, actors) !== undefined) return actors
  const named = new Set(anchors.map((anchor) => `${anchor.start}:${anchor.end}`))
  // The words are titles that stand for it, not its name: references, as "the minister" is a person's.
  const references = governmentWordsOf(parsed, anchors, actors, id, home.name)
    .filter(
      (word) => !named.has(`${word.start}:${word.end}`) && !speaksAtOpening(parsed, word.start, word.end),
    )
    .map(({ start, end }) => ({ span: { start, end }, form: 'title' as const }))
  if (references.length === 0) return actors
  // Affiliated with its country where the text names it, as the government stage does.
  const country = actors.find((actor) => actor.kind === 'country' && actor.name === home.name)
  const government: Actor = {
    id,
    name: `${home.name} government`,
    kind: 'organization',
    aliases: [],
    mentions: [],
    references,
  }
  return [...actors, country ? { ...government, affiliation: country.id } : government]
}

// What may stand between a sentence's start and the words of government that open it: "The", "But the".
const OPENING = /^(?:(?:but|and|now|so|yet) )?(?:the )?$/i
// A verb of saying right after them: "The government has suggested", "Ministers say".
const SAYS_AFTER =
  /^ (?:(?:has|have|had|also) ){0,2}(?:said|says|say|suggested|suggests|suggest|argued|argues|argue|insisted|insists|insist|claimed|claims|claim|announced|announces|announce|confirmed|denied|denies|deny|stated|told|tells|tell|warned|warns|warn|promised|proposed|admitted|maintained|maintains)\b/i

/**
 * Whether the words of government at [start, end) open a sentence in the article's own voice and speak there ("The
 * government has suggested …"): the government as a speaker, which the government stage weighs on its own
 * (government-actor.ts), not the government as others judge it ("The government must act, Ann Vale said").
 */
function speaksAtOpening(parsed: ParsedArticle, start: number, end: number): boolean {
  const sentence = parsed.sentences[countStartingBefore(parsed.sentences, start + 1) - 1]
  return (
    sentence !== undefined &&
    OPENING.test(parsed.view.slice(sentence.start, start)) &&
    SAYS_AFTER.test(parsed.view.slice(end, end + 40))
  )
}

/** Whether an actor is already a government: a bare "Government", or one with "the government" among its mentions. */
function isGovernment(parsed: ParsedArticle, actor: Actor): boolean {
  if (actor.kind !== 'organization') return false
  if (isGovernmentName(actor.name)) return true
  return actor.mentions.some(({ start, end }) => isBareGovernmentWord(parsed.view.slice(start, end)))
}
