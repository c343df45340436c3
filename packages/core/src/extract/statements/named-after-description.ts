import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'

// What a description may open with before the name set off after it: "One of the bidders, steel giant Arcelor".
const DESCRIPTION_OPENER = /^(?:one|some|two|three|several|the|a|an)\b/i
// What opens a phrase after a comma that is no name for the description: "by", "of", "who", or a participle that
// says where or by whom a writing came out ("The book, serialised in the Sunday Telegraph, alleges").
const NOT_APPOSED = /^(?:by|of|for|from|with|in|at|on|to|who|which|whose|and|or|\p{Ll}+ed)\b/iu

/**
 * The actor a source names after a comma when the words before it only describe it: 'One of the bidders who lost out,
 * steel giant Arcelor, told …' is Arcelor, never "one". Undefined when the description names someone itself, or
 * the words after the comma hold more or less than one name, or do not end the source.
 * @example actorAfterDescription(view, source, inside) // 'organization:arcelor'
 */
export function actorAfterDescription(
  view: string,
  source: Span,
  inside: readonly Anchor[],
): string | undefined {
  const words = view.slice(source.start, source.end)
  if (!DESCRIPTION_OPENER.test(words)) return undefined
  const comma = words.lastIndexOf(',')
  if (comma < 0) return undefined
  const apposedStart = source.start + comma + 1
  if (NOT_APPOSED.test(view.slice(apposedStart, source.end).trim())) return undefined
  const names = inside.filter((anchor) => anchor.form === 'name')
  if (names.some((anchor) => anchor.end <= apposedStart)) return undefined
  const apposed = names.filter((anchor) => anchor.start >= apposedStart)
  const only = apposed.length === 1 ? apposed[0] : undefined
  if (!only || view.slice(only.end, source.end).trim() !== '') return undefined
  return only.actor
}
