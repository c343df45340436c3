import { HONORIFICS } from '../../data/actors/roles.ts'
import type { Discourse } from './antecedents.ts'

// A source that is a surname, bare or after a title: "Mr Reed", "Dr. Vale", "Reed".
const SURNAME_SOURCE = /^(?:(Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady)\.?\s+)?(\p{Lu}[\p{L}'\u2019-]{1,30})$/u

/** Each article's people by the last word of their names, found once per article. */
const surnamesOf = new WeakMap<Discourse, ReadonlyMap<string, readonly string[]>>()

function peopleBySurname(discourse: Discourse): ReadonlyMap<string, readonly string[]> {
  const known = surnamesOf.get(discourse)
  if (known) return known
  const found = new Map<string, string[]>()
  for (const actor of discourse.actors.values()) {
    if (actor.kind !== 'person') continue
    const words = actor.name.split(/\s+/)
    const last = words.at(-1)
    if (words.length < 2 || !last) continue
    const people = found.get(last) ?? []
    if (!people.includes(actor.id)) people.push(actor.id)
    found.set(last, people)
  }
  surnamesOf.set(discourse, found)
  return found
}

/**
 * The person a source names by surname alone when the actors stage left it unlinked: "Work Secretary Ann Vale
 * said … Mrs Vale said …" is Ann Vale, as a reader takes it. The one person of the article whose full name ends with
 * that word, of the gender the title gives; undefined when none or two do ("Ann Vale" and "Tom Vale").
 * @example personBySurname(discourse, 'Mrs Vale') // 'person:ann-vale'
 */
export function personBySurname(discourse: Discourse, words: string): string | undefined {
  const match = SURNAME_SOURCE.exec(words)
  const surname = match?.[2]
  if (!match || !surname) return undefined
  const people = peopleBySurname(discourse).get(surname) ?? []
  const person = people[0]
  if (people.length !== 1 || person === undefined) return undefined
  const title = match[1]
  const told = title === undefined ? undefined : HONORIFICS[title.toLowerCase()]
  const gender = told === 'any' ? undefined : told
  const known = discourse.genders.get(person)
  return gender && known && gender !== known ? undefined : person
}
