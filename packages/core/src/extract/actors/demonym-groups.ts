import type { Token } from '../../parse/document.ts'
import { findCountryOfDemonym } from './countries.ts'
import type { ArticleMentions } from './mentions.ts'
import type { ActorDraft, ResolvedActors } from './resolve.ts'
import { slugify } from './slug.ts'
import type { TaggedArticle } from './tag-article.ts'

/**
 * A people named by the plural of its demonym ("Americans", "Palestinians", "the Russians") is a group of its
 * own, not its country nor nothing: one group actor per plural, with a `descriptor` reference each time it is
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
    if (taken[i] === 1 || !isDemonymPlural(word)) continue
    const country = findCountryOfDemonym(word.slice(0, -1))
    if (!country) continue
    const id = `group:${slugify(word)}`
    let group = resolved.byId.get(id)
    if (!group) {
      group = { id, kind: 'group', name: word, mentions: [], references: [] } satisfies ActorDraft
      const countryActor = resolved.actors.find((actor) => actor.country?.code === country.code)
      if (countryActor) group.affiliation = { country }
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
 */
export function dropDemonymPlurals(article: TaggedArticle, found: ArticleMentions): void {
  found.mentions = found.mentions.filter((mention) => {
    if (mention.last - mention.first !== 1 || mention.canonical !== undefined) return true
    const word = (article.tokens[mention.first] as Token).text
    return !(isDemonymPlural(word) && findCountryOfDemonym(word.slice(0, -1)))
  })
}

/** A capitalized word in -s of four letters or more whose singular could be a demonym ("Iraqis", not "US"). */
function isDemonymPlural(word: string): boolean {
  return word.length >= 5 && word.endsWith('s') && /^\p{Lu}\p{Ll}/u.test(word)
}
