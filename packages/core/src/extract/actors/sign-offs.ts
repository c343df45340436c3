import type { ArticleMentions } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const INITIALS = /^\p{Lu}{2,4}$/u
const SENTENCE_ENDS = new Set(['.', '!', '?', '"', '”', "'", '’'])

/**
 * No writer's initials that sign off a paragraph as an actor: "… playing well in the tournament. (NM)" had an
 * organization "NM". Capitals alone in brackets after a finished sentence, ending the paragraph or the text.
 * Changes `found.mentions` in place.
 * @example // "The ministry will act soon. (BA)" → no actor "BA"
 */
export function dropSignOffs(article: TaggedArticle, found: ArticleMentions): void {
  const { tokens, text } = article
  found.mentions = found.mentions.filter((m) => {
    if (m.last - m.first !== 1 || !INITIALS.test(m.text)) return true
    const open = tokens[m.first - 1]
    const close = tokens[m.last]
    if (open?.text !== '(' || close?.text !== ')' || !SENTENCE_ENDS.has(tokens[m.first - 2]?.text ?? ''))
      return true
    const next = tokens[m.last + 1]
    return next !== undefined && !text.slice(close.end, next.start).includes('\n')
  })
}
