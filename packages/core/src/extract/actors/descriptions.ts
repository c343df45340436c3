import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Actor, ActorReference } from '../../schemas/actor.ts'
import { slugify } from './slug.ts'
import type { TaggedArticle } from './tag-article.ts'

// Plural nouns that name a group of people acting together, and the words that say what kind of group it is.
// Written by hand from how news describes unnamed armed and clandestine groups ("terrorist organizations",
// "armed groups", "Islamist militants"); general English, not taken from any article.
// Heads that describe a group on their own ("militants said"), and those that need a word before them ("armed groups").
const SELF_DESCRIBING = new Set([
  'militias',
  'militants',
  'rebels',
  'insurgents',
  'separatists',
  'extremists',
  'jihadists',
  'terrorists',
  'guerrillas',
  'gunmen',
])
const GROUP_HEADS = new Set([
  ...SELF_DESCRIBING,
  'organizations',
  'organisations',
  'groups',
  'movements',
  'cells',
  'factions',
  'networks',
  'fighters',
])
const GROUP_MODIFIERS = new Set([
  'terrorist',
  'terror',
  'militant',
  'extremist',
  'armed',
  'rebel',
  'insurgent',
  'separatist',
  'jihadist',
  'islamist',
  'radical',
  'paramilitary',
  'criminal',
])
const MAX_MODIFIERS = 2

/**
 * Unnamed groups that an article describes rather than names: "terrorist organizations", "armed groups",
 * "militants". Each distinct description is one group actor (`group:terrorist-organizations`) with no name
 * mentions and a `descriptor` reference for each time it is written; a description next to a name ("Taliban
 * fighters", "ISIS militants") belongs to that name and is left alone, as is any token already in a mention.
 * @example describedGroups(tagArticle(parseArticle('He said terrorist organizations threaten Tajikistan.')), [])
 * // [{ id: 'group:terrorist-organizations', kind: 'group', mentions: [], references: [{ form: 'descriptor', … }] }]
 */
export function describedGroups(article: TaggedArticle, actors: readonly Actor[]): Actor[] {
  const { tokens, tags } = article
  const taken = tokensTaken(tokens, actors)
  const lower = (i: number) => (tokens[i]?.text ?? '').toLowerCase()
  const byId = new Map<string, Actor & { references: ActorReference[] }>()
  for (let head = 0; head < tokens.length; head++) {
    // Every head is a plural ending in s: one character code spares most tokens a lower-casing.
    const last = tokens[head]?.text.charCodeAt((tokens[head]?.text.length ?? 0) - 1)
    if ((last !== 115 && last !== 83) || !GROUP_HEADS.has(lower(head))) continue
    if (tags[head] !== 0 || taken.has(head)) continue
    let first = head
    while (head - first < MAX_MODIFIERS && first > 0 && GROUP_MODIFIERS.has(lower(first - 1))) first--
    if (first === head && !SELF_DESCRIBING.has(lower(head))) continue
    // Words tagged as part of a name, or already in a mention, before the description: it describes that name.
    const before = first - 1
    if (before >= 0 && (tags[before] !== 0 || taken.has(before))) continue
    let inside = false
    for (let i = first; i < head; i++) if (tags[i] !== 0 || taken.has(i)) inside = true
    if (inside) continue
    const name = Array.from({ length: head - first + 1 }, (_, k) => lower(first + k)).join(' ')
    const id = `group:${slugify(name)}`
    const span = { start: (tokens[first] as Token).start, end: (tokens[head] as Token).end }
    const known = byId.get(id)
    if (known) known.references.push({ span, form: 'descriptor' })
    else
      byId.set(id, {
        id,
        name,
        kind: 'group',
        aliases: [],
        mentions: [],
        references: [{ span, form: 'descriptor' }],
      })
  }
  return [...byId.values()]
}

/** The indexes of the tokens inside the actors' mentions and references. */
function tokensTaken(tokens: readonly Token[], actors: readonly Actor[]): Set<number> {
  const taken = new Set<number>()
  const spans = actors.flatMap((actor) => [...actor.mentions, ...(actor.references ?? []).map((r) => r.span)])
  for (const span of spans)
    for (let i = countStartingBefore(tokens, span.start); i < tokens.length; i++) {
      if ((tokens[i] as Token).start >= span.end) break
      taken.add(i)
    }
  return taken
}
