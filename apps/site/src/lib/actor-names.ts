import type { ActorSummary } from './api-types.ts'

/** A name compared without case, accents or spacing differences. */
function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * The other names an actor is written by, most frequent first when the API says so: its merged name forms
 * (`names`) or, from an API without them, its aliases; never its own name, each form once.
 * @example alsoWritten({ name: 'Donald Trump', aliases: [], names: ['Donald Trump', 'Trump', 'Mr Trump'] }) // ['Trump', 'Mr Trump']
 */
export function alsoWritten(actor: Pick<ActorSummary, 'name' | 'aliases' | 'names'>): string[] {
  const seen = new Set([nameKey(actor.name)])
  const forms: string[] = []
  for (const form of actor.names?.length ? actor.names : actor.aliases) {
    const key = nameKey(form)
    if (!key || seen.has(key)) continue
    seen.add(key)
    forms.push(form)
  }
  return forms
}

/** True when `text` is the actor's name or one of its other names, ignoring case and accents. */
export function isNameOf(actor: Pick<ActorSummary, 'name' | 'aliases' | 'names'>, text: string): boolean {
  const key = nameKey(text)
  return [actor.name, ...actor.aliases, ...(actor.names ?? [])].some((name) => nameKey(name) === key)
}

const WIKIDATA_ITEM = /^Q[1-9][0-9]{0,11}$/

/**
 * The Wikidata page of an actor's item, or null when it has none (or the value is not an item id).
 * @example wikidataHref('Q22686') // 'https://www.wikidata.org/entity/Q22686'
 */
export function wikidataHref(item: string | null | undefined): string | null {
  return item && WIKIDATA_ITEM.test(item) ? `https://www.wikidata.org/entity/${item}` : null
}
