import { countStartingBefore } from '../../parse/count-before.ts'
import type { Span } from '../../schemas/span.ts'
import { anchorsWithin } from './anchors.ts'
import { type Discourse, type EarlierSpeaker, insideQuote, isBodyNoun } from './antecedents.ts'

// A body named by a common noun alone: "the agency", "The bureau".
const BARE_BODY = /^the\s+(\p{Ll}+)$/u
// Nouns for a body that isBodyNoun leaves out, as news varies a body's name: "the bureau" for the FBI.
const MORE_BODY_NOUNS: ReadonlySet<string> = new Set(['bureau', 'corporation', 'organisation', 'institution'])
// How many sentences back the body may have spoken: "…, the agency said. Its e-mail asks … . …, according to the
// agency" has one sentence of the body's own words between.
const SPOKE_WITHIN = 2
// Actors whose naming between makes "the agency" some other body the text turned to.
const OTHER_KINDS: ReadonlySet<string> = new Set(['organization', 'group', 'person', 'country'])

/**
 * The body a bare body noun stands for when that body was the last to speak, a sentence or two before, and no one
 * else is named since: "The Vale Agency said the site was fake. …, according to the agency." — news varies a
 * body's name with a noun its name need not hold. Undefined when a person spoke last, the body spoke further back, or
 * another body or person is named between (the noun may then be theirs).
 * @example bodyNounSpokeBefore(discourse, source, earlier) // 'organization:vale-agency'
 */
export function bodyNounSpokeBefore(
  discourse: Discourse,
  source: Span,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const { parsed, anchors, actors } = discourse
  const noun = BARE_BODY.exec(parsed.view.slice(source.start, source.end).trim())?.[1]
  if (!noun || !(isBodyNoun(noun) || MORE_BODY_NOUNS.has(noun))) return undefined
  const last = earlier.at(-1)
  if (!last || last.at >= source.start || actors.get(last.actor)?.kind !== 'organization') return undefined
  const { sentences } = parsed
  const apart = countStartingBefore(sentences, source.start + 1) - countStartingBefore(sentences, last.at + 1)
  if (apart > SPOKE_WITHIN) return undefined
  const since = Math.min(source.start, Math.max(last.at, last.words?.end ?? last.at))
  const other = anchorsWithin(anchors, since, source.start).some(
    (anchor) =>
      anchor.actor !== last.actor &&
      anchor.form === 'name' &&
      OTHER_KINDS.has(anchor.kind) &&
      !insideQuote(discourse.quoted, anchor),
  )
  return other ? undefined : last.actor
}
