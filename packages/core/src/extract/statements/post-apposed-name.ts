import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'

// The longest description before the comma, in characters: "Vale Trust director of commercial planning".
const MAX_DESCRIPTION = 80
// A description that lists or opens a clause is no post: "the union and its economist", "a man who knew her".
const NOT_A_POST = /\b(?:and|or|who|which|that|whose|said|says)\b|[;:"\u201c\u201d()]/i
// A post ends in a lower-case word: "chief economist", "director of planning", "spokeswoman".
const ENDS_LOWER = /\p{Ll}[\p{Ll}-]*$/u

/**
 * The person named after a comma that ends a source whose words before it are a post: "… said Vale Trust chief
 * economist, Ann Lee." The post, a body's name and a few lower-case words, describes the person set off after it,
 * who spoke; read as a description on its own, it would be given to whoever else the text named with that post.
 * Undefined when the words before the comma name a person, list or open a clause, do not end in a lower-case word, or
 * when anything but one person's name follows the comma.
 * @example personApposedToPost(view, source, inside) // 'person:ann-lee' for "Vale Trust chief economist, Ann Lee"
 */
export function personApposedToPost(
  view: string,
  source: Span,
  inside: readonly Anchor[],
): string | undefined {
  const words = view.slice(source.start, source.end)
  const comma = words.lastIndexOf(',')
  if (comma <= 0 || comma > MAX_DESCRIPTION) return undefined
  const description = words.slice(0, comma).trim()
  if (NOT_A_POST.test(description) || !ENDS_LOWER.test(description)) return undefined
  const names = inside.filter((anchor) => anchor.form === 'name')
  const apposedStart = source.start + comma + 1
  if (names.some((anchor) => anchor.start < apposedStart && anchor.kind === 'person')) return undefined
  const apposed = names.filter((anchor) => anchor.start >= apposedStart)
  const only = apposed.length === 1 ? apposed[0] : undefined
  if (only?.kind !== 'person') return undefined
  if (view.slice(apposedStart, only.start).trim() !== '' || view.slice(only.end, source.end).trim() !== '')
    return undefined
  return only.actor
}
