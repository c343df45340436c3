import { HONORIFICS } from '../../data/actors/roles.ts'
import type { ActorKind, ActorReference } from '../../schemas/actor.ts'
import type { Country } from './countries.ts'
import type { Mention } from './mentions.ts'
import type { Affiliation, ArticleRoles, PersonTitle, RolePhrase } from './roles.ts'
import { slugify } from './slug.ts'

/** An actor being assembled: its mentions, title and the references found for it. */
export interface ActorDraft {
  id: string
  kind: ActorKind
  name: string
  mentions: Mention[]
  role?: RolePhrase
  affiliation?: Affiliation
  gender?: 'male' | 'female'
  references: (ActorReference & { token: number })[]
  country?: Country
}

/** Every actor of an article, and which actor each mention belongs to. */
export interface ResolvedActors {
  actors: ActorDraft[]
  byMention: Map<Mention, ActorDraft>
  byId: Map<string, ActorDraft>
}

/** The actor id of a country: `country:united-states`. */
export function countryId(country: Country): string {
  return `${country.country ? 'country' : 'location'}:${slugify(country.name)}`
}

/**
 * Groups mentions into one actor per real-world actor: countries by the dataset, organizations and places by
 * name (and acronym), people by full name, a surname alone joining the person who bears it (the one last named
 * when two share it, or the one with the same title).
 */
export function resolveActors(mentions: readonly Mention[], roles: ArticleRoles): ResolvedActors {
  const actors = new Map<string, ActorDraft>()
  const byMention = new Map<Mention, ActorDraft>()
  const add = (id: string, kind: ActorKind, mention: Mention, extra: Partial<ActorDraft> = {}) => {
    let actor = actors.get(id)
    if (!actor) {
      actor = { id, kind, name: mention.text, mentions: [], references: [], ...extra }
      actors.set(id, actor)
    }
    actor.mentions.push(mention)
    byMention.set(mention, actor)
    return actor
  }
  const organizations = mentions.filter((m) => m.kind === 'organization' || m.kind === 'group')
  const orgKey = organizationKeys(organizations)
  for (const mention of mentions) {
    if (mention.kind === 'person') continue
    if (mention.country) {
      add(countryId(mention.country), mention.kind, mention, {
        country: mention.country,
        name: mention.country.name,
      })
    } else if (mention.kind === 'location') {
      add(`location:${slugify(stripThe(mention.text))}`, 'location', mention)
    } else {
      const key = orgKey.get(mention) as string
      const actor = add(`${mention.kind}:${key}`, mention.kind, mention)
      if (mention.prefixCountry) actor.affiliation ??= { country: mention.prefixCountry }
    }
  }
  resolvePersons(mentions, roles, add)
  for (const actor of actors.values()) finishActor(actor, roles.persons)
  return mergeSameIds([...actors.values()], byMention)
}

function stripThe(text: string): string {
  return text.replace(/^the\s+/i, '')
}

/** Names of organizations, keyed so that an acronym ("EU") or a name without its country ("State Department") meets its full form. */
function organizationKeys(organizations: readonly Mention[]): Map<Mention, string> {
  const byInitials = new Map<string, Mention>()
  const byRest = new Map<string, Mention>()
  for (const m of organizations) {
    if (m.last - m.first < 2) continue
    const key = initials(m.text)
    if (!byInitials.has(key)) byInitials.set(key, m)
    // "US State Department" is also what "State Department" means in the same article.
    const rest = m.prefixCountry ? m.text.slice(m.text.indexOf(' ') + 1) : ''
    if (rest && !byRest.has(rest)) byRest.set(rest, m)
  }
  const keys = new Map<Mention, string>()
  for (const mention of organizations) {
    const text = stripThe(mention.text)
    const acronymOf = /^[A-Z]{2,6}$/.test(text) ? byInitials.get(text) : undefined
    const longer = byRest.get(text)
    keys.set(mention, slugify(stripThe((acronymOf ?? longer ?? mention).text)))
  }
  return keys
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w.charAt(0))
    .join('')
}

type AddMention = (id: string, kind: ActorKind, mention: Mention, extra?: Partial<ActorDraft>) => ActorDraft

/** Full names first, so that "Ryabkov" finds "Sergei Ryabkov" even when the surname comes first. */
function resolvePersons(mentions: readonly Mention[], roles: ArticleRoles, add: AddMention): void {
  const persons = mentions.filter((m) => m.kind === 'person')
  const full = persons.filter((m) => nameWords(m.text).length > 1)
  const bySurname = new Map<string, { id: string; first: number; role?: string }[]>()
  for (const mention of full) {
    const words = nameWords(mention.text)
    const id = `person:${slugify(words.join(' '))}`
    add(id, 'person', mention, { name: words.join(' ') })
    const surname = words.at(-1) as string
    const list = bySurname.get(surname) ?? []
    const role = roles.persons.get(mention)?.role?.head
    list.push({ id, first: mention.first, ...(role ? { role } : {}) })
    bySurname.set(surname, list)
  }
  for (const mention of persons) {
    const words = nameWords(mention.text)
    if (words.length !== 1) continue
    const bearers = bySurname.get(words[0] as string) ?? []
    const role = roles.persons.get(mention)?.role?.head
    const ids = [...new Set(bearers.map((b) => b.id))]
    const chosen =
      ids.length <= 1
        ? ids[0]
        : (bearers.find((b) => role !== undefined && b.role === role)?.id ??
          bearers.filter((b) => b.first < mention.first).at(-1)?.id ??
          ids[0])
    add(chosen ?? `person:${slugify(words[0] as string)}`, 'person', mention, { name: words[0] as string })
  }
}

/** The words of a person's name without courtesy titles or a possessive ("Mr. Putin's" → ["Putin"]). */
export function nameWords(text: string): string[] {
  const words = text.split(/\s+/).filter((w) => w && HONORIFICS[w.toLowerCase()] === undefined)
  const last = words.at(-1)
  if (last?.endsWith("'s")) words[words.length - 1] = last.slice(0, -2)
  return words.length > 0 ? words : [text]
}

/** Picks the fullest name, the title (a capitalized one first) and the affiliation from all mentions. */
function finishActor(actor: ActorDraft, titles: ReadonlyMap<Mention, PersonTitle>): void {
  if (!actor.country) {
    for (const m of actor.mentions) {
      const name = actor.kind === 'person' ? nameWords(m.text).join(' ') : stripThe(m.text)
      if (name.length > actor.name.length) actor.name = name
    }
  }
  const found = actor.mentions.map((m) => titles.get(m)).filter((t): t is PersonTitle => t !== undefined)
  const roles = found.map((t) => t.role).filter((r): r is RolePhrase => r !== undefined)
  const role = roles.find((r) => /^[A-Z]/.test(r.text)) ?? roles[0]
  if (role) actor.role = role
  const affiliation = found.find((t) => t.affiliation)?.affiliation
  if (affiliation) actor.affiliation ??= affiliation
  const gender = found.find((t) => t.gender)?.gender
  if (gender) actor.gender = gender
}

function mergeSameIds(actors: ActorDraft[], byMention: Map<Mention, ActorDraft>): ResolvedActors {
  const merged = new Map<string, ActorDraft>()
  for (const actor of actors) {
    const kept = merged.get(actor.id)
    if (!kept) {
      merged.set(actor.id, actor)
      continue
    }
    kept.mentions.push(...actor.mentions)
    for (const m of actor.mentions) byMention.set(m, kept)
  }
  return { actors: [...merged.values()], byMention, byId: merged }
}
