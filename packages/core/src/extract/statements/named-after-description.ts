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

// What opens a description that an apposed name may follow: "The party's leader, Ann Cole,", "Its chief, Ann Cole,".
const APPOSED_OPENER = /^(?:one|some|the|a|an|its|his|her|their)\s/i
// A comma, one name, a comma: the name set off after a description that ends the source.
const COMMA_BEFORE = /^\s*,\s*$/
const COMMA_AFTER = /^\s*,/
// What the subject's own words may not cross on the way to its cue: a quote, a new clause or sentence.
const CLAUSE_BREAK = /[;:"\u201c\u201d.!?]/

/**
 * The actor named in an apposition right after a source that only describes it, when the cue comes later in the
 * clause: "The party's leader, Ann Cole, backed the plan but said …" is Ann Cole. A body or person may own the
 * description ("Tom Reed's lawyer, Ann Cole,"); undefined when the source does not open as a description, when
 * anything but one name stands between the commas, or when the clause breaks before the cue.
 * @example actorApposedAfter(view, source, cue, anchors) // 'person:ann-cole'
 */
export function actorApposedAfter(
  view: string,
  source: Span,
  cue: Span,
  anchors: readonly Anchor[],
): string | undefined {
  if (cue.start < source.end || !APPOSED_OPENER.test(view.slice(source.start, source.end))) return undefined
  const names = anchors.filter((anchor) => anchor.form === 'name' && anchor.end > source.start)
  const apposed = names.find((anchor) => anchor.start >= source.end)
  if (!apposed || apposed.end > cue.start) return undefined
  if (apposed.kind !== 'person' && apposed.kind !== 'organization') return undefined
  // "The Vale Party's leader, Ann Cole,", "Tom Reed's lawyer, Ann Cole,": the one the description belongs to may be
  // named when the apposed name is someone else, a person.
  const owners = names.filter((anchor) => anchor.start < source.end)
  if (owners.some((anchor) => anchor.actor === apposed.actor || apposed.kind !== 'person')) return undefined
  if (!COMMA_BEFORE.test(view.slice(source.end, apposed.start))) return undefined
  const rest = view.slice(apposed.end, cue.start)
  if (!COMMA_AFTER.test(rest) || CLAUSE_BREAK.test(rest)) return undefined
  // "…, Ann Cole, met Tom Reed and said": a second name before the cue may be the one who spoke.
  if (names.some((anchor) => anchor.start >= apposed.end && anchor.start < cue.start)) return undefined
  return apposed.actor
}
