import { countStartingBefore } from '../../parse/count-before.ts'
import type { Actor, ActorKind } from '../../schemas/actor.ts'
import type { Span } from '../../schemas/span.ts'

/** A place in the text that stands for an actor: its name, or a pronoun, title or demonym linked to it. */
export interface Anchor {
  start: number
  end: number
  actor: string
  kind: ActorKind
  form: 'name' | 'pronoun' | 'title' | 'demonym' | 'descriptor'
}

/**
 * Every place that stands for an actor, sorted by start (then longest first), for speaker and target look-ups.
 * @example buildAnchors(actors)[0] // { start: 66, end: 83, actor: 'country:united-states', kind: 'country', form: 'name' }
 */
export function buildAnchors(actors: readonly Actor[]): Anchor[] {
  const anchors: Anchor[] = []
  for (const actor of actors) {
    for (const span of actor.mentions)
      anchors.push({ ...span, actor: actor.id, kind: actor.kind, form: 'name' })
    for (const reference of actor.references ?? []) {
      anchors.push({ ...reference.span, actor: actor.id, kind: actor.kind, form: reference.form })
    }
  }
  return anchors.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The anchors that lie inside [start, end), in text order. Binary search, then a scan of the range. */
export function anchorsWithin(anchors: readonly Anchor[], start: number, end: number): Anchor[] {
  const found: Anchor[] = []
  for (let i = countStartingBefore(anchors, start); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= end) break
    if (anchor.end <= end) found.push(anchor)
  }
  return found
}

/** Whether an anchor's actor is one that speaks or writes: a person, an organization or a group. */
export function namesSpeaker(anchor: Anchor): boolean {
  return anchor.kind === 'person' || anchor.kind === 'organization' || anchor.kind === 'group'
}

// How far back from an offset the walk for an anchor ending there reaches, in characters: a name or description
// longer than this is not looked for (the analyze digest is the same as with each stage's own walk).
const LONGEST_ANCHOR = 200

/**
 * The anchor that ends at `end` and that `accepts` takes, the one starting latest when several do: the name or
 * description a stage finds right before a word ("Ann Vale" before "'s report", "the minister" before "said").
 * Binary search, then a walk back over the anchors that start within the longest anchor's reach.
 * @example anchorEndingAt(anchors, 8, (a) => a.kind === 'person') // the anchor of "Ann Vale" spanning 0–8
 */
export function anchorEndingAt(
  anchors: readonly Anchor[],
  end: number,
  accepts: (anchor: Anchor) => boolean,
): Anchor | undefined {
  for (let i = countStartingBefore(anchors, end) - 1; i >= 0; i--) {
    const anchor = anchors[i] as Anchor
    if (anchor.end === end && accepts(anchor)) return anchor
    if (anchor.start < end - LONGEST_ANCHOR) break
  }
  return undefined
}

/**
 * A span widened to the whole of any name it cuts at either end: a source "Howard" inside "Mr Howard" or "Laws"
 * inside "David Laws" becomes the name, so that the name's actor is inside it.
 * @example widenToNames(anchors, { start: 3, end: 9 }) // { start: 0, end: 9 } when "Mr Howard" spans 0–9
 */
export function widenToNames(anchors: readonly Anchor[], span: Span): Span {
  let { start, end } = span
  for (let i = countStartingBefore(anchors, end) - 1; i >= 0; i--) {
    const anchor = anchors[i] as Anchor
    if (anchor.end <= span.start - 200) break
    if (anchor.form !== 'name') continue
    if (anchor.start < span.start && anchor.end > span.start) start = Math.min(start, anchor.start)
    if (anchor.start < span.end && anchor.end > span.end && anchor.start >= span.start)
      end = Math.max(end, anchor.end)
  }
  return start === span.start && end === span.end ? span : { start, end }
}
