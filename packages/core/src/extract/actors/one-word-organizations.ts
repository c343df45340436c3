import type { ArticleMentions, Mention } from './mentions.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'

/** A one-word name a stage found to be an organization: its token, and the one name it stands for, if any. */
export type OneWordOrganization = { at: number; canonical?: string | undefined }

/**
 * Makes each of `names` (in text order) an organization: the mention of that word alone becomes one, with the
 * name's `canonical`, unless `isSettled` says another stage decided it already; a word no mention covers gets a
 * mention of its own; a word inside a longer mention is left to it. The mentions stay in text order. Changes and
 * adds to the mentions in place (the stages of speaking brands and party plurals share it).
 * @example settleOneWordMentions(article, found, [{ at: 3 }], (mention) => mention.country !== undefined)
 */
export function settleOneWordMentions(
  article: TaggedArticle,
  found: ArticleMentions,
  names: readonly OneWordOrganization[],
  isSettled: (mention: Mention) => boolean,
): void {
  if (names.length === 0) return
  const { tokens } = article
  const byFirst = new Map(found.mentions.map((m) => [m.first, m]))
  const covered = new Uint8Array(tokens.length)
  for (const m of found.mentions) covered.fill(1, m.first, m.last)
  let added = false
  for (const { at, canonical } of names) {
    const mention = byFirst.get(at)
    if (mention?.last === at + 1) {
      if (isSettled(mention)) continue
      mention.kind = 'organization'
      if (canonical !== undefined) mention.canonical = canonical
    } else if (covered[at] === 0) {
      const { start, end } = tokens[at] as { start: number; end: number }
      const text = nameAt(article, start, end)
      found.mentions.push({
        first: at,
        last: at + 1,
        start,
        end,
        text,
        kind: 'organization',
        ...(canonical === undefined ? {} : { canonical }),
      })
      added = true
    }
  }
  if (added) found.mentions.sort((a, b) => a.first - b.first)
}
