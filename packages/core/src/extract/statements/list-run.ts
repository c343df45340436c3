import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { isFiniteVerb } from './words.ts'

// How many words an item in the middle of a list may hold ("Tom Reed", "replace its leaders").
const MAX_ITEM = 6
// How many words the last item, from its "and" to the list's end, may hold ("and Bo Chan more than Sam Hill").
const MAX_LAST = 14
// How many items a list may hold after the content's own last one.
const MAX_ITEMS = 8
// Words that join a list's last item.
const JOINERS = new Set(['and', 'or'])
// Marks that end a list's last item: a new comma, a clause break, a bracket.
const LAST_ENDS = new Set([',', ';', ':', '(', '--', '—', '–'])
// Words that open a clause of their own, not an item of a list: a pronoun subject ("…, and he left"), a relative or
// a conjunction ("…, which cost him", "…, though she lost").
const CLAUSE_OPENERS = new Set(
  'i he she we they it you which who whom whose where when while as because but though although if unless since so yet than that'.split(
    ' ',
  ),
)

/**
 * Runs a content after its cue through the list it opens, when the span chosen stops at the list's first comma:
 * "urged the party to drop its levy, replace its leaders and hold a vote" or "named Dogs, Cats and Fish as his
 * favourites" (the ranker, which scores spans, often ends at the first comma of a list). The rest must be short
 * items split by commas, the last joined by "and" or "or", none with a verb of its own or a pronoun subject: "…, and
 * he left" is a clause, not an item. Any other content comes back as it was.
 * @example throughList(context, cue, content) // "Ann, Tom and Bo" for "praised Ann" before ", Tom and Bo."
 */
export function throughList(context: StatementContext, cue: Cue, content: ContentPlace): ContentPlace {
  if (content.side !== 'after' || content.start < cue.end) return content
  const { lower, sentenceOf } = context
  const sentence = sentenceOf[content.last]
  // The comma right after the content, a closing quote mark at most around it ('"Dogs," "Cats"').
  let t = content.last + 1
  let commas = 0
  for (; t < context.tokens.length && !context.isWord[t] && sentenceOf[t] === sentence; t++) {
    const mark = lower(t) ?? ''
    if (mark === ',') commas++
    else if (context.shape(t) !== 'q') return content
  }
  if (commas !== 1 || sentenceOf[t] !== sentence) return content
  let items = 0
  let words = 0
  for (; t < context.tokens.length && sentenceOf[t] === sentence; t++) {
    const word = lower(t) ?? ''
    if (context.isWord[t]) {
      if (JOINERS.has(word)) return lastItemEnd(context, t, words > 0 ? items + 1 : items, content)
      if (isFiniteVerb(context, t) || (words === 0 && CLAUSE_OPENERS.has(word))) return content
      if (++words > MAX_ITEM) return content
    } else if (word === ',') {
      if (words === 0 || ++items > MAX_ITEMS) return content
      words = 0
    } else if (context.shape(t) !== 'q') return content
  }
  return content
}

/**
 * The content run through the last item of a list, from its joiner at t to the next comma, clause break or the
 * sentence's end; the content unchanged when that item has a verb of its own or runs long, or when no item came
 * before it (`items`: the items between the content and the joiner).
 */
function lastItemEnd(
  context: StatementContext,
  joiner: number,
  items: number,
  content: ContentPlace,
): ContentPlace {
  if (items === 0) return content
  const { lower, sentenceOf } = context
  const sentence = sentenceOf[joiner]
  let last = -1
  let words = 0
  for (let t = joiner + 1; t < context.tokens.length && sentenceOf[t] === sentence; t++) {
    const word = lower(t) ?? ''
    if (LAST_ENDS.has(word)) break
    if (!context.isWord[t]) continue
    if (isFiniteVerb(context, t) || (words === 0 && CLAUSE_OPENERS.has(word))) return content
    if (++words > MAX_LAST) return content
    last = t
  }
  return last < 0 ? content : { ...content, last }
}
