import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// What may stand between two names of one list: "Vexmoor, Tallow Creek and Red Harbour", "Vexmoor or Tallow".
const JOINS = new Set([',', ',and', 'and', ',or', 'or'])

/**
 * The names a list shares with a work are works too: "Tallow Creek, Vexmoor and Red Harbour" when the article
 * makes one of them a work anywhere ("Tallow Creek, starring Ann Pell, …"), since news lists films with films and
 * games with games. Only a list an "and" or "or" closes (an apposition's comma is no list: "Vexmoor, Ann Pell's
 * debut"); a name the caller keeps (a person named in full, a name that speaks, a country) stays.
 * @example // "Tipped are Vexmoor, Tallow Creek and Red Harbour." with Vexmoor a work → all three are works
 */
export function listedWithWorks(
  article: TaggedArticle,
  mentions: readonly Mention[],
  isWork: (m: Mention) => boolean,
  keeps: (m: Mention) => boolean,
): Set<string> {
  const sorted = [...mentions].sort((a, b) => a.first - b.first)
  const out = new Set<string>()
  let list: Mention[] = []
  let closed = false
  const settle = () => {
    if (closed && list.length > 1 && list.some(isWork)) for (const m of list) if (!keeps(m)) out.add(m.text)
    list = []
    closed = false
  }
  for (const m of sorted) {
    const prev = list[list.length - 1]
    const join = prev === undefined ? undefined : joinBetween(article, prev, m)
    if (join === undefined) settle()
    else if (join !== ',') closed = true
    // A closing "and" ends the list: "Vexmoor and Tallow, and Ann Pell …" starts another.
    else if (closed) settle()
    list.push(m)
  }
  settle()
  return out
}

/** The join between two names of one sentence ("," "and" ",and"), or undefined when other words stand there. */
function joinBetween(article: TaggedArticle, a: Mention, b: Mention): string | undefined {
  if (article.sentenceOf[a.first] !== article.sentenceOf[b.first] || b.first - a.last > 2) return undefined
  const words = article.tokens.slice(a.last, b.first).map((t) => t.text.toLowerCase())
  const join = words.join('')
  return JOINS.has(join) ? join : undefined
}
