import { CLAUSE_ENDS } from './content-dangling-end.ts'
import type { StatementContext } from './context.ts'
import type { ContentPlace } from './source-candidates.ts'
import { FINITE_POS } from './words.ts'

// Conjunctions that join a second clause to a reported one.
const JOINS = new Set(['and', 'but'])
// Modals that carry a reported clause's tense into a second predicate with the same subject ("said it would …, but
// would …"); the speaker's own second predicate takes a past verb instead ("said it was late but did not say why").
const MODALS = new Set(['would', 'could', 'might', 'should'])
// Verbs after such a modal that report the speaker's refusal, not more of what was said ("… but would not say when").
const SPEAKER_VERBS = new Set([
  'say',
  'comment',
  'elaborate',
  'confirm',
  'specify',
  'give',
  'discuss',
  'answer',
])
// Marks that end the second conjunct: those that end a clause, but for the comma, and a spaced hyphen or double
// hyphen used as a dash.
const CONJUNCT_ENDS: ReadonlySet<string> = new Set([...CLAUSE_ENDS, '-', '--'].filter((mark) => mark !== ','))
// Words that open a content whose subject is not the modal's ("said what the fears were, but could not say"): a
// question word's clause.
const QUESTION_WORDS = new Set(['what', 'how', 'why', 'where', 'when', 'who', 'which', 'whether', 'if'])
// How far the second conjunct may run before its end: further, it is more likely the writer's own clause.
const REACH = 30

/**
 * A reported clause after its cue that stops before ", and that …" or ", but would …" goes on through the second
 * conjunct, which reports more of the same: a second "that" clause after a content that opens with "that" ("said that
 * the pier was safe, and that it would reopen"), or a predicate opened by a modal after a content with a finite verb
 * ("said the fee would rise, but would stay below ten pounds"), as far as the end of the sentence or the next mark
 * that closes a clause. A "that" followed by a verb is a pronoun ("…, but that was not so"): left as it is; so is
 * the speaker's own refusal ("…, but would not say when"), and a modal after a question word's clause ("knew what
 * the risks were, but could not prove it").
 * @example throughSecondConjunct(context, cue, { start: 2, last: 6, side: 'after' }) // { start: 2, last: 13, side: 'after' }
 */
export function throughSecondConjunct(
  context: StatementContext,
  cue: { end: number },
  content: ContentPlace,
): ContentPlace {
  if (content.side !== 'after' || content.start < cue.end || context.quoteOf[content.last] !== -1)
    return content
  let t = content.last + 1
  if (context.lower(t) === ',') t++
  if (!JOINS.has(context.lower(t) ?? '')) return content
  const opener = t + 1
  if (!opensSecondConjunct(context, content, opener)) return content
  const sentence = context.sentenceOf[content.last]
  let last = -1
  for (let u = opener; u <= opener + REACH; u++) {
    const word = context.lower(u)
    if (word === undefined || context.sentenceOf[u] !== sentence || CONJUNCT_ENDS.has(word))
      return last > opener ? { ...content, last } : content
    if (context.quoteOf[u] !== -1) return content
    if (context.isWord[u]) last = u
  }
  return content
}

/** Whether token `t` opens a second conjunct of the content: "that" and its subject, or a modal and its verb. */
function opensSecondConjunct(context: StatementContext, content: ContentPlace, t: number): boolean {
  const word = context.lower(t) ?? ''
  const next = context.lower(t + 1) ?? ''
  if (word === 'that') {
    const pos = context.pos(t + 1) ?? ''
    return (
      context.lower(content.start) === 'that' &&
      context.isWord[t + 1] === 1 &&
      !FINITE_POS.has(pos) &&
      !pos.startsWith('V')
    )
  }
  if (!MODALS.has(word) || context.shape(t) !== 'x') return false
  if (QUESTION_WORDS.has(context.lower(content.start) ?? '')) return false
  const verb = next === 'not' ? (context.lower(t + 2) ?? '') : next
  if (SPEAKER_VERBS.has(verb)) return false
  for (let u = content.start; u <= content.last; u++) if (FINITE_POS.has(context.pos(u) ?? '')) return true
  return false
}
