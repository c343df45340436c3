import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Span } from '../../schemas/span.ts'
import { governmentWordsOf, homeCountries } from '../governing.ts'
import { isBareGovernmentWord, isGovernmentName } from '../government-mentions.ts'
import type { Anchor } from './anchors.ts'
import { otherOffice, otherOffices } from './other-office.ts'
import { capitalAnchors } from './stance-capitals.ts'
import { homeCountry } from './stance-home.ts'
import { officeHolderAnchors } from './stance-offices.ts'
import { partyAnchors } from './stance-the-party.ts'

/**
 * The anchors a stance may target: all but a title linked to an actor whose role qualifies that title ("the
 * chancellor" linked to a shadow chancellor, "the president" to a former one), which names someone else; and, in
 * addition, "the government" and "ministers" as the party the article shows governing, "the prime minister" as
 * the one actor whose role that office is, "the party" as the one party just named (stance-the-party.ts), any office's description as the person the article gives it to (see
 * officeHolderAnchors), and a capital that stands for its government as its country.
 * @example stanceAnchors(parsed, anchors, actors, 'organization:labour-party') // + { form: 'title', actor: 'organization:labour-party' } for "the government"
 */
export function stanceAnchors(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
  governing: string | undefined,
  quoted: readonly Span[] = [],
): readonly Anchor[] {
  const capitals = capitalAnchors(parsed, anchors, actors)
  // A capital that stands for its government replaces the place's own anchor.
  const capitalStarts = new Set(capitals.map((capital) => capital.start))
  const trusted = trustedAnchors(parsed, anchors, actors).filter(
    (anchor) => anchor.kind !== 'location' || !capitalStarts.has(anchor.start),
  )
  const overlapsTrusted = overlapsAny(trusted)
  const offices = officeAnchors(parsed, actors)
  const officeStarts = new Set(offices.map((anchor) => anchor.start))
  const held = officeHolderAnchors(parsed, anchors, actors).filter(
    (anchor) => !officeStarts.has(anchor.start),
  )
  const added = [
    ...governmentAnchors(parsed, anchors, actors, governing),
    ...partyAnchors(parsed, anchors, actors, quoted),
    ...offices,
    ...held,
  ].filter((anchor) => !overlapsTrusted(anchor))
  if (added.length === 0 && capitals.length === 0) return trusted
  return [...trusted, ...capitals, ...added].sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * Whether a span overlaps any of `spans`, by binary search over them sorted by start with the furthest end so far:
 * one lookup per span, where comparing every pair would grow with the square of a long article's anchors.
 * @example overlapsAny([{ start: 0, end: 4 }])({ start: 3, end: 6 }) // true
 */
export function overlapsAny(
  spans: readonly { start: number; end: number }[],
): (span: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  const furthestEnd: number[] = []
  for (const span of sorted) furthestEnd.push(Math.max(span.end, furthestEnd.at(-1) ?? -1))
  return (span) => {
    const before = countStartingBefore(sorted, span.end)
    return before > 0 && (furthestEnd[before - 1] as number) > span.start
  }
}

/**
 * The anchors a stance may target: all but a title linked to an actor whose role qualifies that title ("the
 * chancellor" linked to a shadow chancellor, "the president" to a former one), which names someone else.
 * @example trustedAnchors(parsed, anchors, actors) // without { form: 'title' } "the chancellor" → the shadow chancellor
 */
export function trustedAnchors(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): readonly Anchor[] {
  const qualified = new Map<string, string>()
  const roles = new Map<string, string>()
  for (const actor of actors) {
    const qualifier = actor.role ? otherOffice(actor.role) : undefined
    if (qualifier) qualified.set(actor.id, qualifier)
    if (actor.role) roles.set(actor.id, actor.role.trim().toLowerCase())
  }
  if (qualified.size === 0 && roles.size === 0) return anchors
  return anchors.filter((anchor) => {
    if (anchor.form !== 'title') return true
    if (namesOtherOffice(parsed.view.slice(anchor.start, anchor.end), roles.get(anchor.actor))) return false
    const qualifier = qualified.get(anchor.actor)
    // The qualifier may stand just before a title that leaves it out: "the shadow [chancellor]".
    const written = parsed.view.slice(Math.max(0, anchor.start - 12), anchor.end)
    return qualifier === undefined || otherOffices(written).includes(qualifier)
  })
}

/**
 * Whether a title names another office than the role its actor has: "Prime Minister" linked to a "Minister" is
 * someone else, where "the minister" or "the Home Secretary" linked to a "Home Secretary" is them. Only offices
 * count ("the congressman" for a "Representative" is not judged).
 */
function namesOtherOffice(title: string, role: string | undefined): boolean {
  const office = title
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '')
  if (role === undefined || !OFFICE.test(office) || !OFFICE.test(role)) return false
  return office !== role && !role.endsWith(` ${office}`)
}

/**
 * The one organization the article names "the Government" itself, when it shows no party in office: an Irish or
 * a company's article speaks of "the Government" without naming the parties in it; else the one government of the
 * country the article is set in, however the article names it.
 */
function governmentActor(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): string | undefined {
  // The actors stage names a country's own government "<country> government" and gives it the text's bare
  // "the government" or "ministers" as mentions: that one is the article's "the Government" too.
  const bare = new Set(
    anchors.flatMap((anchor) =>
      isBareGovernmentWord(parsed.view.slice(anchor.start, anchor.end)) ? [anchor.actor] : [],
    ),
  )
  const named = actors.filter(
    (actor) =>
      actor.kind === 'organization' &&
      (isGovernmentName(actor.name) || (/ government$/i.test(actor.name.trim()) && bare.has(actor.id))),
  )
  if (named.length > 0) return named.length === 1 ? named[0]?.id : undefined
  // A government named only by its seat or its country ("Downing Street said", "the UK government") is the one
  // "this government" means when it is the government of the country the article is set in.
  const home = homeCountry(anchors, actors)
  const seated = actors.filter(
    (actor) =>
      actor.kind === 'organization' && actor.affiliation === home && / government$/i.test(actor.name.trim()),
  )
  return home !== undefined && seated.length === 1 ? seated[0]?.id : undefined
}

/**
 * "The government" and "ministers", linked to the party the article shows in office, else to the one actor the
 * article names "the Government".
 */
function governmentAnchors(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
  governing: string | undefined,
): Anchor[] {
  const party = governing ?? governmentActor(parsed, anchors, actors)
  return party === undefined ? [] : governmentWordsOf(parsed, anchors, actors, party)
}

/**
 * The actors that belong to another country than the party in office's, by their affiliation: their "the
 * government" is their own country's ("Peru's trade minister Carla Rojas: 'the government is corrupt'").
 * @example foreignActors(parsed, anchors, actors, 'organization:labour-party') // Set { 'person:carla-rojas' }
 */
export function foreignActors(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
  governing: string | undefined,
): Set<string> {
  const countries = new Map(
    actors.filter((actor) => actor.kind === 'country').map((actor) => [actor.id, actor.name]),
  )
  const foreign = new Set<string>()
  if (!actors.some((actor) => actor.affiliation !== undefined && countries.has(actor.affiliation)))
    return foreign
  if (governing === undefined) return foreign
  const home = homeCountries(parsed, anchors, actors, governing)
  for (const actor of actors) {
    const country = actor.affiliation === undefined ? undefined : countries.get(actor.affiliation)
    if (country !== undefined && !home.has(country)) foreign.add(actor.id)
  }
  return foreign
}

// Roles that name an office one person holds at a time: "Prime Minister", "Chancellor", "Home Secretary".
const OFFICE =
  /^(?:[a-z]+ )?(?:prime minister|minister|chancellor|secretary|president|premier|governor|mayor)$/i

/**
 * "The prime minister", "the chancellor", "his chancellor": linked to the one actor whose role is that office, unqualified, when
 * the words before it do not make it another office ("the shadow chancellor", "the former president").
 */
function officeAnchors(parsed: ParsedArticle, actors: readonly Actor[]): Anchor[] {
  const holders = new Map<string, Actor[]>()
  for (const actor of actors) {
    const role = actor.role?.trim().toLowerCase()
    if (actor.kind !== 'person' || !role || !OFFICE.test(role) || otherOffice(role)) continue
    holders.set(role, [...(holders.get(role) ?? []), actor])
  }
  const found: Anchor[] = []
  const lower = parsed.view.toLowerCase()
  for (const [role, [holder, ...others]] of holders) {
    if (!holder || others.length > 0) continue
    // "his chancellor", "her deputy prime minister": the office holder of a leader's own team.
    for (const determiner of ['the', 'his', 'her', 'their']) {
      const phrase = `${determiner} ${role}`
      for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
        const start = at + determiner.length + 1
        const end = at + phrase.length
        if (/\w/.test(lower[at - 1] ?? '') || /[\w-]/.test(lower[end] ?? '')) continue
        found.push({ start, end, actor: holder.id, kind: 'person', form: 'title' })
      }
    }
  }
  return found
}
