import type { Span } from '../../schemas/span.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { actorForDescriptor, type Discourse, type EarlierSpeaker } from './antecedents.ts'
import { mayHoldOffice, officeOf } from './office-holders.ts'

// A voice that speaks for the person its possessive names: "Ms Vale's office", "the mayor's official spokesman",
// "Mr Reed's press secretary". The possessor's words are bounded, so the lazy group cannot run away.
const VOICE =
  /^(.{1,80}?)['\u2019]s?\s+(?:(?:official|press|chief|private)\s+)?(?:spokes(?:man|woman|person)|office|press secretary)$/iu

/**
 * The person a possessive spokesperson or office speaks for, who is the speaker as the gold's readers write it (as
 * "a spokesman for Ms Vale" already is): a person named in the possessive ("Ms Vale's office said", "Mr Reed's
 * official spokesman said"), or the one person the article gives the office a possessive description names ("the
 * prime minister's spokesman" after "Prime Minister Tom Reed"). An office no one is given, or two people are, names
 * no one: the voice stays anonymous rather than take the person in view, who may only be talked about.
 * @example personSpokenFor(discourse, source) // 'person:ann-vale' for "Ms Vale's office"
 */
export function personSpokenFor(
  discourse: Discourse,
  source: Span,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const words = discourse.parsed.view.slice(source.start, source.end)
  const possessor = VOICE.exec(words)?.[1]
  if (possessor === undefined) return undefined
  const end = source.start + possessor.length
  const named = anchorsWithin(discourse.anchors, source.start, end).find(
    (anchor: Anchor) => anchor.end === end && anchor.kind === 'person' && anchor.form === 'name',
  )
  if (named) return named.actor
  if (!/^the\s/i.test(possessor)) return undefined
  const office = officeOf(possessor)
  if (office === undefined) return actorForDescriptor(discourse, { start: source.start, end }, earlier)
  const fits = mayHoldOffice(office)
  const holders = [...discourse.actors.values()].filter(
    (actor) => actor.kind === 'person' && actor.role !== undefined && fits(actor),
  )
  return holders.length === 1 ? holders[0]?.id : undefined
}
