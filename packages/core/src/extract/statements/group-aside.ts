import { sentenceAroundAside } from './aside-span.ts'
import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import type { SourcePlace } from './source.ts'
import type { ContentPlace } from './source-candidates.ts'

// Forms of a verb of saying that a bare plural subject takes after it: "…, say brokers, …", "…, argued critics, …".
const PLURAL_FORMS = new Set(
  'say said warn warned argue argued add added note noted claim claimed insist insisted suggest suggested'.split(
    ' ',
  ),
)
// What goes on with the sentence after the aside: a determiner, a noun, a name, a number, a pronoun, an adjective, a
// modal, an adverb or a verb in the present or the past (see pos.ts); not a conjunction ("The driver paused, said
// prayers, and left").
const GOES_ON = new Set(['D', 'N', 'P', 'NUM', 'PR', 'J', 'M', 'R', 'V', 'VD'])

/**
 * The content of a verb of saying inverted before a bare plural noun, the two set off by commas inside the words
 * reported ("Rents, say agents, will rise.", "So, argue planners, there is room."): the sentence
 * around them, which the source and cue split in two; null for any other cue. A singular word ("said nothing") or a
 * conjunction after the aside ("…, said prayers, and left") is no such aside, nor is a verb's plural object after
 * a clause ("She cut hay, noted ducks, geese and…").
 * @example groupAsideContent(context, cue, window) // { start: 0, last: 11, side: 'around' }
 */
export function groupAsideContent(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
): ContentPlace | null {
  const group = asideGroup(context, cue)
  if (group < 0) return null
  return sentenceAroundAside(context, cue, window, group + 2)
}

/**
 * The source of such a cue: the bare plural noun after it ("agents" of "Rents, say agents, will rise"); any other
 * source as it is.
 * @example groupAsSource(context, cue, content, source) // { start: 3, last: 3 }
 */
export function groupAsSource(
  context: StatementContext,
  cue: Cue,
  content: ContentPlace,
  source: SourcePlace | null,
): SourcePlace | null {
  const group = asideGroup(context, cue)
  if (group < 0 || content.side !== 'around' || content.start >= cue.start || content.last <= group)
    return source
  return { start: group, last: group }
}

/** The place of the bare plural noun that a one-word verb of saying inverts before, set off by commas; -1 for none. */
function asideGroup(context: StatementContext, cue: Cue): number {
  const { lower, pos } = context
  const group = cue.end
  if (cue.end - cue.start !== 1 || !PLURAL_FORMS.has(lower(cue.start) ?? '')) return -1
  if (lower(cue.start - 1) !== ',' || lower(group + 1) !== ',' || !GOES_ON.has(pos(group + 2) ?? ''))
    return -1
  const word = lower(group) ?? ''
  return pos(group) === 'N' && word.endsWith('s') && !word.endsWith('ss') ? group : -1
}
