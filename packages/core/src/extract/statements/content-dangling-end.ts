import type { StatementContext } from './context.ts'
import type { ContentPlace } from './source-candidates.ts'

// Words that never end what someone said and want the rest of their clause: an article, a possessive, a
// conjunction, "to" ("asked him to apologise and", "an inquiry by the"). Closed classes; general English.
const WANTS_CLAUSE = new Set('the a an his her their its our my your this these those and or to'.split(' '))
// Words that stop a clause half-way when a word of the same clause follows them: a subject pronoun, an auxiliary or
// modal, "not", a word that opens a clause ("warned that | the plan", "said the firm could | be sold", "as he | had
// been told"). Only with a word next: "I think we could." and "he denied that." end where they stand.
const WANTS_REST = new Set(
  'i we he she they could would will can should may might must shall is are was were be been being has have had do does did not that whether if when because although though unless until'.split(
    ' ',
  ),
)
// Conjunctions that, after a comma, may open a clause of the writer's ("how to vote, but they …") or go on with what
// was said ("aged 18 to 24, and 19% of …"): left as they are.
const CLAUSE_CONJUNCTIONS = new Set(['and', 'or', 'but', 'yet', 'so'])
// Prepositions, which want their object: a name goes with them ("the decision by Ann Lee"), an adjunct does not
// ("attacked Y in early tweets": what was attacked is Y).
const AGENT_PREPOSITIONS = new Set(['by', 'of'])
const PREPOSITIONS = new Set('by of via from with for at on in into about against over under than'.split(' '))
// Marks that end a clause, or open or close a quotation: the content goes no further than the first of them.
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '\u2014',
  '\u2013',
  '.',
  '!',
  '?',
  '"',
  '\u201c',
  '\u201d',
])
// How many more capitalized words a name cut in two may have ("Ann | Lee", "Ann | Lee Smith").
const NAME_REACH = 3
// How far the rest of the clause may run: a longer one is not the few words left off but more than was said.
const REACH = 16

/**
 * A content after its cue that stops on a word wanting more goes on: after an article, a possessive, a conjunction or
 * "to", or a subject pronoun, auxiliary, "not" or clause opener with its clause's next word after it ("said the mill
 * could | be sold"), to the end of its clause (not past a comma and a conjunction: "how to vote, but"), the first
 * comma, colon, quote mark or sentence end within a few words ("asked *him to apologise and* withdraw it"); after "by" or "of" through the
 * name that follows; inside a name to the name's end ("criticised the decision by *Ann* Lee"). The learned content
 * tagger sometimes stops at a name it reads as a speaker's, which cuts the target of the stance off the content.
 * @example throughDanglingEnd(context, cue, { start: 2, last: 4, side: 'after' }) // { start: 2, last: 6, side: 'after' }
 */
export function throughDanglingEnd(
  context: StatementContext,
  cue: { end: number },
  content: ContentPlace,
): ContentPlace {
  const { lower } = context
  // Inside a quotation the speaker's own words decide where they stop.
  if (content.side !== 'after' || content.start < cue.end || context.quoteOf[content.last] !== -1)
    return content
  const word = lower(content.last) ?? ''
  if (CLAUSE_CONJUNCTIONS.has(word) && lower(content.last - 1) === ',') return content
  if (PREPOSITIONS.has(word)) return throughPrepositionName(context, content)
  // After a comma or "and" such a word opens another clause ("admitted the error, he | did not resign", "paid them
  // and has | since left"): not this content's.
  const before = lower(content.last - 1) ?? ''
  const cutInClause =
    wantsRest(context, content.last) &&
    context.isWord[content.last + 1] === 1 &&
    !CLAUSE_ENDS.has(before) &&
    !CLAUSE_CONJUNCTIONS.has(before)
  if (!WANTS_CLAUSE.has(word) && !cutInClause) return throughName(context, content)
  const sentence = context.sentenceOf[content.last]
  let last = content.last
  for (let t = content.last + 1; t <= content.last + REACH; t++) {
    const next = lower(t)
    if (next === undefined || context.sentenceOf[t] !== sentence || CLAUSE_ENDS.has(next)) {
      const ending = lower(last) ?? ''
      return last > content.last &&
        !WANTS_CLAUSE.has(ending) &&
        !wantsRest(context, last) &&
        !PREPOSITIONS.has(ending)
        ? { ...content, last }
        : content
    }
    if (context.isWord[t]) last = t
  }
  return content
}

/** Whether token `t` is one of WANTS_REST written in lower case ("may", not the month "May"; "I" as it is). */
function wantsRest(context: StatementContext, t: number): boolean {
  const word = context.lower(t) ?? ''
  return WANTS_REST.has(word) && (context.shape(t) === 'x' || word === 'i')
}

/**
 * A content that ends on "by" or "of" with a name after it goes on through the name ("criticised the decision by |
 * Ann Lee", "an inquiry by | the Standards Board of Wales"). Any other stays as it is: after another preposition
 * come as often the words of a time, place or show where it was said ("attacked Y in | early tweets") as more of
 * what was said ("working with | all the parties"), and a stranded one has its object before it ("signed up to.").
 */
function throughPrepositionName(context: StatementContext, content: ContentPlace): ContentPlace {
  const { lower, shape, sentenceOf } = context
  const sentence = sentenceOf[content.last]
  const inName = (t: number) =>
    sentenceOf[t] === sentence && context.quoteOf[t] === -1 && (shape(t) === 'Xx' || shape(t) === 'X')
  let t = content.last + 1
  // A preposition at its clause's end has its object before it: "the turf it stood on", "the plan they signed up to".
  if (!context.isWord[t] || sentenceOf[t] !== sentence) return content
  if (lower(t) === 'the') t++
  // Only an agent or an owner goes with what was said ("the decision by Ann Lee", "the fall of Tom Vale"); a
  // place, a time or a show is where it was said ("attacked Y on Radio Five").
  if (!AGENT_PREPOSITIONS.has(lower(content.last) ?? '') || !inName(t)) return content
  let last = t
  // "of" joins two capitalized words of one name: "Board of Wales".
  while (last < t + REACH && (inName(last + 1) || (lower(last + 1) === 'of' && inName(last + 2))))
    last += inName(last + 1) ? 1 : 2
  return { ...content, last }
}

/**
 * A content that stops inside a name, its last word and the next both capitalized in one sentence ("criticised the
 * decision by *Ann* Lee"), goes on to the name's end.
 */
function throughName(context: StatementContext, content: ContentPlace): ContentPlace {
  const { shape, sentenceOf } = context
  const capitalized = (t: number) => shape(t) === 'Xx' && sentenceOf[t] === sentenceOf[content.last]
  if (!capitalized(content.last)) return content
  let last = content.last
  while (last < content.last + NAME_REACH && capitalized(last + 1) && context.quoteOf[last + 1] === -1) last++
  return last === content.last ? content : { ...content, last }
}
