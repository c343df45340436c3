import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'
import { type Discourse, nameBeforeAppositive } from './antecedents.ts'

// The word of one who speaks for someone else.
const SPOKESPERSON_WORD = /\bspokes(?:man|woman|person)\b/i

/**
 * The spokesperson a source names, who is the speaker rather than whom they speak for: "A Vale Centre spokesman,
 * Tom Reed, said" (the name in apposition right after the word) and "Tom Reed, a spokesman for Ann Lee, told" (the
 * person the source describes, named before it).
 * @example namedSpokesperson(discourse, source, cue, inside) // 'person:tom-reed'
 */
export function namedSpokesperson(
  discourse: Discourse,
  source: Span,
  cue: Span | null,
  inside: readonly Anchor[],
): string | undefined {
  const words = discourse.parsed.view.slice(source.start, source.end)
  const word = SPOKESPERSON_WORD.exec(words)
  if (!word) return undefined
  const rest = words.slice(word.index + word[0].length)
  const comma = /^,\s+/.exec(rest)
  if (comma) {
    const at = source.start + word.index + word[0].length + comma[0].length
    const named = inside.find((anchor) => anchor.start === at && anchor.form === 'name')
    if (named?.kind === 'person') return named.actor
  }
  if (!/^(?:a|an|the)\s/i.test(words)) return undefined
  const described = nameBeforeAppositive(discourse, source, cue ?? undefined)
  return described && discourse.actors.get(described)?.kind === 'person' ? described : undefined
}
