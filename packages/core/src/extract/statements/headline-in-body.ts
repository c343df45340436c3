import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Short words a headline in title case leaves in lower case, as prose does.
const MINOR = new Set(
  'a an and as at but by for from in into of on or over the to up with via vs is are was'.split(' '),
)
// Marks that end a line of prose, not a headline.
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';'])
// The share of a line's words past the first, minor words aside, that title case capitalizes, and the fewest such
// words that tell title case from a short name ("Ann Lee") or a label.
const TITLE_CASE_SHARE = 0.7
const FEWEST_TITLE_WORDS = 3

/**
 * Whether a draft's cue lies in a headline inside the body, not in prose: a paragraph that repeats the article's
 * title (pages print the headline again above the text), or a paragraph in title case that ends with no sentence
 * mark and holds no quote ('Trawler Seized With Cocaine, Coast Guard Says', 'MSM MIA: The Oligarch and the Banks').
 * A headline sums up the report; the body reports the words.
 * @example inHeadline(context, draft) // true for a cue in "Vessel Seized Off Coast, Police Say" above the text
 */
export function inHeadline(context: StatementContext, draft: StatementDraft): boolean {
  const paragraph = context.paragraphOf[draft.cue.head] ?? -1
  let known = headlinesOf.get(context)
  if (!known) {
    known = new Map()
    headlinesOf.set(context, known)
  }
  let headline = known.get(paragraph)
  if (headline === undefined) {
    let first = draft.cue.head
    while (first > 0 && context.paragraphOf[first - 1] === paragraph) first--
    let last = draft.cue.head
    while (last + 1 < context.tokens.length && context.paragraphOf[last + 1] === paragraph) last++
    headline = repeatsTitle(context, first, last) || inTitleCase(context, first, last)
    known.set(paragraph, headline)
  }
  return headline
}

// The answer for each paragraph, read once per article: a paragraph holds several cues.
const headlinesOf = new WeakMap<StatementContext, Map<number, boolean>>()

/** Whether the tokens first..last are the title's words again, whatever their case. */
function repeatsTitle(context: StatementContext, first: number, last: number): boolean {
  const { title } = context.parsed
  if (!title) return false
  const titleWords: string[] = []
  for (let t = 0; t < context.tokens.length; t++) {
    const token = context.tokens[t]
    if (!token || token.start >= title.end) break
    if (token.start >= title.start && context.isWord[t]) titleWords.push(context.lower(t) ?? '')
  }
  if (titleWords.length === 0 || first === 0) return false
  let k = 0
  for (let t = first; t <= last; t++) {
    if (!context.isWord[t]) continue
    if (context.lower(t) !== titleWords[k]) return false
    k++
  }
  return k === titleWords.length
}

/** Whether the tokens first..last read as a heading: no quote, no sentence mark at the end, title case. */
function inTitleCase(context: StatementContext, first: number, last: number): boolean {
  if (SENTENCE_ENDS.has(context.lower(last) ?? '')) return false
  let capitalized = 0
  let words = 0
  for (let t = first; t <= last; t++) {
    if (context.quoteOf[t] !== -1) return false
    if (!context.isWord[t] || t === first || MINOR.has(context.lower(t) ?? '')) continue
    words++
    const shape = context.shape(t)
    if (shape === 'Xx' || shape === 'X') capitalized++
  }
  return capitalized >= FEWEST_TITLE_WORDS && capitalized >= words * TITLE_CASE_SHARE
}

// Participles that give a work its title: what follows is a name, not words said ('a paper titled: "…"').
const TITLING = new Set(['titled', 'entitled', 'headlined', 'subtitled'])

/**
 * Whether a draft's cue or the first word of its content gives a work its title ('published the findings in a paper
 * titled: "A limited-preview approach…"', 'wrote a report entitled "Lessons from the flood"'): a title names a work,
 * it reports no one's words. 'The report, titled "Safe Streets", said that…' keeps its "said".
 * @example namesATitle(context, draft) // true for "titled:" in 'a paper titled: "…"'
 */
export function namesATitle(context: StatementContext, draft: StatementDraft): boolean {
  for (let t = draft.cue.start; t < draft.cue.end; t++) if (TITLING.has(context.lower(t) ?? '')) return true
  return TITLING.has(context.lower(draft.content.start) ?? '')
}
