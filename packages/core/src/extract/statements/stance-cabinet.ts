import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Anchor } from './anchors.ts'
import { otherOffice } from './other-office.ts'

// An office in a government's cabinet: "the chancellor", "Prime Minister", "Home Secretary", "trade minister".
// Not "general secretary" or "press secretary" (a union's or a spokesman's), nor "first minister" (a devolved
// government's, often another party's). Written by hand; general English.
const CABINET_OFFICE =
  /^(?:the )?(?:prime minister|premier|chancellor(?: of the exchequer)?|(?:home|foreign|defen[cs]e|health|education|transport|trade|culture|environment|treasury|business|work and pensions|northern ireland|scottish|welsh|chief) secretary|(?:[a-z]+ )?minister)$/i

// "first minister", "chief minister", "shadow minister": minister offices of another government or none.
const NOT_CABINET = /^(?:the )?(?:first|chief|shadow|former|opposition) minister$/i

/** Whether an office's words name a cabinet office of the government in office, unqualified. */
export function isCabinetOffice(words: string): boolean {
  const office = words.trim().replace(/\s+/g, ' ')
  return CABINET_OFFICE.test(office) && !NOT_CABINET.test(office) && otherOffice(office) === undefined
}

/**
 * The people the article shows holding a cabinet office (by their role, "Chancellor Gordon Brown", or by a title
 * the coreference gave them, "the chancellor"), who belong to no organization or country the article names: they
 * sit for the party in office, which the actors stage never writes as their party ("office holders carry no
 * party"). A foreign minister of another country is left out by the caller (`foreign`).
 * @example cabinetMembers(parsed, targets, actors) // Set { 'person:gordon-brown' }
 */
export function cabinetMembers(
  parsed: ParsedArticle,
  targets: readonly Anchor[],
  actors: readonly Actor[],
): Set<string> {
  const members = new Set<string>()
  const free = new Set(
    actors
      .filter((actor) => actor.kind === 'person' && actor.affiliation === undefined)
      .map((actor) => actor.id),
  )
  for (const actor of actors)
    if (free.has(actor.id) && actor.role !== undefined && isCabinetOffice(actor.role)) members.add(actor.id)
  for (const anchor of targets)
    if (
      anchor.form === 'title' &&
      anchor.kind === 'person' &&
      free.has(anchor.actor) &&
      isCabinetOffice(parsed.view.slice(anchor.start, anchor.end))
    )
      members.add(anchor.actor)
  return members
}
