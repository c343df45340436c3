import { countStartingBefore } from '../../parse/count-before.ts'
import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'

// A member's party and state, as US news sets it off after the name: "R-Ore.", "(D-N.Y.)", "I-Vt".
const PARTY_STATE = /^\(?[DRI]-[A-Z][A-Za-z.]{1,5}\)?$/
// What stands between the name and its tag: a comma or an opening bracket.
const BEFORE_TAG = /^\s{0,3}[,(]\s{0,3}$/
// How many anchors before the tag to try: a name's own forms may overlap ("Sen. Ann Lee", "Ann Lee").
const LOOK_BACK = 4

/**
 * The person whose party-and-state tag is the whole source: in "Senate leader Tom Reed, R-Ore., said" the words
 * found as the source may be only "R-Ore"; the speaker is the person named just before it.
 * @example personBeforePartyTag(view, source, anchors) // 'person:tom-reed'
 */
export function personBeforePartyTag(
  view: string,
  source: Span,
  anchors: readonly Anchor[],
): string | undefined {
  if (!PARTY_STATE.test(view.slice(source.start, source.end).trim())) return undefined
  const before = countStartingBefore(anchors, source.start)
  for (let i = before - 1; i >= 0 && before - i <= LOOK_BACK; i--) {
    const anchor = anchors[i] as Anchor
    if (
      anchor.kind === 'person' &&
      anchor.end <= source.start &&
      BEFORE_TAG.test(view.slice(anchor.end, source.start))
    )
      return anchor.actor
  }
  return undefined
}
