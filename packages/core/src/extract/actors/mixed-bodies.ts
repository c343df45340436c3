import { ROLE_HEAD_SET } from '../../data/actors/roles.ts'
import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import { type ArticleMentions, capitalLines, type Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// Prepositions that take a place and hardly ever a body ("in Tarrow", "near Tarrow"; "at Vexco", "for Vexco",
// "from Vexco" take a firm as readily as a town).
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around', 'into'])

/**
 * One name, one kind: a name the tagger took for a place in some mentions and for an organization in others
 * takes the kind of most of them; when they are even ("a manager at Vexco … Vexco's shares") it is the
 * organization, unless the article puts it after a preposition that takes a place, where it is the place ("the
 * summit in Tarrow … the Tarrow agenda"); a town and its club, "in Leeds … Leeds won", keep both. Countries, parties and groups keep
 * theirs. Changes `found.mentions` in place.
 * @example // "Kevin Hogan, a manager at Vexco, said … Vexco released figures." → organization "Vexco" twice
 */
export function settleMixedBodies(article: TaggedArticle, found: ArticleMentions): void {
  const capsLine = capitalLines(article)
  const byName = new Map<string, Mention[]>()
  for (const m of found.mentions) {
    if (m.country !== undefined || m.canonical !== undefined) continue
    // Lines in capitals (sports tables: "NEW YORK" a team in one line, a dateline in the next) keep their kinds.
    if (capsLine[article.sentenceOf[m.first] as number]) continue
    if (m.kind !== 'location' && m.kind !== 'organization') continue
    const name = m.text.replace(/^the /i, '').replace(/(?:'s|’s)$/u, '')
    const list = byName.get(name)
    if (list) list.push(m)
    else byName.set(name, [m])
  }
  for (const list of byName.values()) {
    const places = list.filter((m) => m.kind === 'location').length
    const bodies = list.length - places
    if (places === 0 || bodies === 0) continue
    let kind: 'location' | 'organization' = places > bodies ? 'location' : 'organization'
    if (places === bodies) {
      // Even: the body's, if the article's words show it as one and never put it where only a place goes; the
      // place's, if they put it there and never show a body (a town the tagger read as a body in "the people of
      // Tarrow"); else two actors, as a town and its club may be.
      const body = isBodyByUse(article, list)
      const place = list.some((m) => isAfterPlacePreposition(article, m))
      if (body === place) continue
      kind = body ? 'organization' : 'location'
    }
    for (const m of list) m.kind = kind
  }
}

const SPEECH_VERB_SET = new Set(SPEECH_VERBS)
// Nouns of a body's people and holdings right after its name: "Vexco spokesman", "Vexco subsidiary Orlin".
const BODY_NOUNS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'subsidiary',
  'shares',
  'staff',
  'chief',
])

/**
 * Whether the article shows the name as a body's: it speaks ("Vexco said"), has a spokesman or a subsidiary after
 * it ("Vexco subsidiary Orlin"), or follows a post and "at" or "for" ("a manager at Vexco").
 */
function isBodyByUse(article: TaggedArticle, list: readonly Mention[]): boolean {
  const word = (k: number) => article.tokens[k]?.text ?? ''
  return list.some((m) => {
    const after = word(m.last)
    if (SPEECH_VERB_SET.has(after) || BODY_NOUNS.has(after)) return true
    const before = word(m.first - 1)
    return (before === 'at' || before === 'for') && ROLE_HEAD_SET.has(word(m.first - 2))
  })
}

/** "in Tarrow", in one sentence. */
function isAfterPlacePreposition(article: TaggedArticle, m: Mention): boolean {
  const before = m.first - 1
  return (
    article.sentenceOf[before] === article.sentenceOf[m.first] &&
    PLACE_PREPOSITIONS.has(article.tokens[before]?.text.toLowerCase() ?? '')
  )
}
