import { countStartingBefore } from '../../parse/count-before.ts'
import type { Span } from '../../schemas/span.ts'
import { isPartyStateTag } from '../actors/party-state.ts'
import type { Anchor } from './anchors.ts'

// What stands between the name and its tag: a comma or an opening bracket.
const BEFORE_TAG = /^\s{0,3}[,(]\s{0,3}$/
// A preposition before the name (past a title): the name belongs to a phrase about someone else.
const GOVERNED = /\b(?:for|to|of|by|with|from|about|on|behind)\s+(?:\p{Lu}[\p{L}.]{0,12}\s+){0,2}$/u
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
  if (!isPartyStateTag(view.slice(source.start, source.end).trim())) return undefined
  const before = countStartingBefore(anchors, source.start)
  for (let i = before - 1; i >= 0 && before - i <= LOOK_BACK; i--) {
    const anchor = anchors[i] as Anchor
    if (
      anchor.kind === 'person' &&
      anchor.end <= source.start &&
      BEFORE_TAG.test(view.slice(anchor.end, source.start))
    )
      // "a spokesman for Sen. Tom Reed, D-N.Y., said": the name is governed, and the speaker someone else.
      return GOVERNED.test(view.slice(Math.max(0, anchor.start - 40), anchor.start))
        ? undefined
        : anchor.actor
  }
  return undefined
}
