import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

/**
 * Token `k` in lower case when it is in the mention's sentence, else '': the words around a mention that tell how
 * the article uses its name.
 * @example wordNear(article, mention, mention.last) // 'said' in "Vexco said …"
 */
export function wordNear(article: TaggedArticle, m: Mention, k: number): string {
  const { tokens, sentenceOf } = article
  return k >= 0 && sentenceOf[k] === sentenceOf[m.first] ? (tokens[k]?.text.toLowerCase() ?? '') : ''
}

/**
 * Drops in all its forms a name the article uses as a thing at least once (`isThing`) and never as an actor
 * (`isActor`, asked first of each mention). Mentions already settled to a canonical body or a country are not
 * judged. Changes `found.mentions` in place.
 * @example dropNamesNeverActing(found, (m) => m.speaks, (m) => isIllnessUse(article, m))
 */
export function dropNamesNeverActing(
  found: ArticleMentions,
  isActor: (m: Mention) => boolean,
  isThing: (m: Mention) => boolean,
): void {
  const thing = new Set<string>()
  const actor = new Set<string>()
  for (const m of found.mentions) {
    if (m.canonical !== undefined || m.country !== undefined) continue
    if (isActor(m)) actor.add(m.text)
    else if (isThing(m)) thing.add(m.text)
  }
  const drop = new Set([...thing].filter((name) => !actor.has(name)))
  if (drop.size === 0) return
  found.mentions = found.mentions.filter((m) => !drop.has(m.text))
}
