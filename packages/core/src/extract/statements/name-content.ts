import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Small words a name may hold between its capitalised words: "Bank of England", "Trust for Rivers".
const NAME_GLUE = new Set(['of', 'the', 'and', 'for', 'de', 'von', 'van'])
// Fewer capitalised words than this may be a slogan or a cause ("called for Home Rule"); a full name with a title
// ("Health Board Director Ann Vale") has more.
const MIN_NAME_WORDS = 3

/**
 * Whether a draft's content, outside quote marks, is nothing but one name: capitalised words, initials, brackets and
 * name glue ("warns Health Board Director Ann F. Vale as she…", "was quoted by Radio Tarn as saying Ann Vale"). A
 * name is who spoke or whom the words are about, never what was said: the cue's real content lies elsewhere.
 * @example contentIsOnlyAName(context, draft) // true for "… surges, warns Health Board Director Ann Vale as she urged"
 */
export function contentIsOnlyAName(context: StatementContext, draft: StatementDraft): boolean {
  const { start, last } = draft.content
  let capitalised = 0
  for (let t = start; t <= last; t++) {
    if (context.quoteOf[t] !== -1) return false
    if (context.isWord[t] === 0) {
      // A quote mark, or a comma that lists several names ("views Ann Vale, Bo Lind and…": whom, not what).
      if (context.shape(t) === 'q' || context.lower(t) === ',') return false
      continue
    }
    if (context.shape(t)?.startsWith('X')) capitalised++
    else if (t === start || t === last || !NAME_GLUE.has(context.lower(t) ?? '')) return false
  }
  return capitalised >= MIN_NAME_WORDS
}
