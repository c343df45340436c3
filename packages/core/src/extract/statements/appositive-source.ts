import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import { isSpeakingHead } from './inversion.ts'
import { DETERMINERS } from './relative-antecedent.ts'
import type { SourcePlace } from './source.ts'
import type { ContentPlace } from './source-candidates.ts'

// How many tokens each half of the pair may hold ("a spokeswoman for the state party", "Sir Tom Reed-Vale").
const PART_REACH = 8
// How many words what was said must hold before the pair: a lone word before it is more likely a list's item.
const MIN_CONTENT_WORDS = 3
// Words after the cue that leave the speaker before it: a day, a time, a place or a manner ("said on Monday").
const AFTER_THE_CUE = new Set([
  'on',
  'in',
  'at',
  'last',
  'this',
  'earlier',
  'later',
  'today',
  'yesterday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
])
// Marks that end or break a clause: no half of the pair holds one.
const BREAKS = new Set([';', ':', '—', '–', '(', ')', '.', '?', '!'])

/**
 * The speaker of an inverted report named twice between commas, as a name and a role in either order ("The tool is
 * new, a spokeswoman, Anna Reed, said." / "…, Anna Reed, a spokeswoman, said on Monday."): the two halves are one
 * source and what was said ends before them. The source finder takes one half and leaves the other at the content's
 * end, or takes the day after the cue ("on Monday") and the draft is dropped. Null for any other draft: the cue not
 * right after the comma, a content after the cue, a speaker named after it ("…, said the mayor"), halves that are
 * not one name and one role ("Paris, London, Rome, said …").
 * @example appositivePair(context, cue, content) // { content: { start: 0, last: 5, side: 'before' }, source: { start: 7, last: 10 } }
 */
export function appositivePair(
  context: StatementContext,
  cue: Cue,
  content: ContentPlace,
): { content: ContentPlace; source: SourcePlace } | null {
  const { lower } = context
  if (lower(cue.start - 1) !== ',' || content.start >= cue.start || content.last >= cue.start) return null
  const after = lower(cue.end) ?? ''
  if (context.isWord[cue.end] && !AFTER_THE_CUE.has(after)) return null
  const second = commaBefore(context, cue.start - 2)
  if (second < 0) return null
  const first = commaBefore(context, second - 1)
  if (first < 0) return null
  const firstHalf = { start: first + 1, last: second - 1 }
  const secondHalf = { start: second + 1, last: cue.start - 2 }
  if (!isNameAndRole(context, firstHalf, secondHalf) && !isNameAndRole(context, secondHalf, firstHalf))
    return null
  let last = first - 1
  while (last >= content.start && !context.isWord[last]) last--
  let words = 0
  for (let t = content.start; t <= last; t++) if (context.isWord[t]) words++
  if (words < MIN_CONTENT_WORDS) return null
  return {
    content: { ...content, last, side: 'before' },
    source: { start: firstHalf.start, last: secondHalf.last },
  }
}

/** The comma that opens a half ending at `last`, within PART_REACH tokens; -1 past a break, a quote or the reach. */
function commaBefore(context: StatementContext, last: number): number {
  for (let t = last; t >= 0 && last - t <= PART_REACH; t--) {
    const word = context.lower(t) ?? ''
    if (word === ',') return t === last ? -1 : t
    if (BREAKS.has(word) || context.quoteOf[t] !== -1) return -1
  }
  return -1
}

/** Whether one half is a capitalised name ("Anna Reed") and the other a role opened by a determiner ("a spokeswoman"). */
function isNameAndRole(context: StatementContext, name: SourcePlace, role: SourcePlace): boolean {
  for (let t = name.start; t <= name.last; t++) {
    const shape = context.shape(t)
    if (shape !== 'Xx' && shape !== 'X' && context.isWord[t]) return false
  }
  const opener = context.lower(role.start) ?? ''
  if (!DETERMINERS.has(opener) && context.lower(role.start + 1) !== "'s") return false
  for (let t = role.start; t <= role.last; t++) if (isSpeakingHead(context.lower(t) ?? '')) return true
  return false
}
