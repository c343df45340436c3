import type { Span } from '../../schemas/span.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'

// A plural group, then the members it names: "Backers, including the Vale Trust,", "mining firms, among them Vexco".
const INCLUDING = /^(?:\p{L}+\s+)?\p{L}+s,?\s+(?:including|among\s+them)\s/iu
// A name, then the others who spoke with it: "Ann Lee and others", "Ann Lee, head of the lab, and other doctors".
const AND_OTHERS = /[\s,]and\s+(?:(?:many|several|some|two|three|four|five)\s+)?other(?:s|\s+\p{Ll}+)[\s,]*$/u
// What may stand between "including" and the member's name: "the" or a title ("including the Vale Trust",
// "including Senator Ann Lee"), not a description ("including the mother of Ann Lee").
const OPENS_MEMBER = /^\s*(?:the\s+)?(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u
// Actors that speak; a place in the list is where someone is, not who.
const SPEAKING_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'group', 'country'])

/**
 * The member a group source names, who is among those who spoke: "Critics, including Ann Lee, say …" → Ann Lee;
 * "Ann Lee and others have argued …" → Ann Lee. Undefined when the source is no such group or names no one.
 * @example namedMember(view, source, anchors) // 'person:ann-lee'
 */
export function namedMember(view: string, source: Span, anchors: readonly Anchor[]): string | undefined {
  const words = view.slice(source.start, source.end)
  const including = INCLUDING.exec(words)
  if (including) {
    const from = source.start + including[0].length
    const member = anchorsWithin(anchors, from, source.end)[0]
    // The member opens what follows: "including the mother of Ann Lee" names no member who spoke.
    if (!member || !SPEAKING_KINDS.has(member.kind) || !OPENS_MEMBER.test(view.slice(from, member.start)))
      return undefined
    return member.actor
  }
  const others = AND_OTHERS.exec(words)
  if (!others) return undefined
  const first = anchorsWithin(anchors, source.start, source.start + others.index)[0]
  // The name must open the source: "a critic of Ann Lee and others" is no one named.
  if (!first || !SPEAKING_KINDS.has(first.kind) || /\S/.test(view.slice(source.start, first.start)))
    return undefined
  return first.actor
}
