import { CLAUSE_ENDS } from './content-dangling-end.ts'
import type { StatementContext } from './context.ts'
import type { ContentPlace } from './source-candidates.ts'
import { isFiniteVerb } from './words.ts'

// Forms of "tell", whose hearer comes between the cue and a reported clause with no "that" ("told the paper the
// plan was dead").
const TELLING = new Set(['told', 'tell', 'tells', 'telling'])
// Words after the hearer that open another construction, where the tagger's content stands: "told MPs that …",
// "told him to …", "told the BBC about …", "told her how …".
const OTHER_OPENERS = new Set('that to about of how why what whether if when where who which'.split(' '))
// Words that open a noun phrase: after a noun they start the clause's subject ("the paper | the plan").
const DETERMINERS = new Set(
  'the a an this these those his her their its our my some many no every all most'.split(' '),
)
// Pronouns that are a clause's subject ("told reporters | he was sad"), and an existential "there".
const SUBJECT_PRONOUNS = new Set('i we he she they you it there'.split(' '))
// Parts of speech that end a hearer: a noun, a name, a number ("Radio 4"), a pronoun ("told him").
const HEARER_ENDS = new Set(['N', 'P', 'NUM', 'PR'])
// A time phrase between the hearer and the clause ("told families this week | the scheme would end"): its
// determiner opens no subject.
const TIME_DETERMINERS = new Set(['this', 'last', 'next'])
const TIME_NOUNS = new Set(
  'week weekend month year morning afternoon evening night spring summer autumn winter time'.split(' '),
)
// Marks that open a quote, straight or curly.
const OPEN_QUOTES = new Set(['"', '\u201c'])
// How far after the cue the reported clause's verb may stand.
const REACH = 16

/**
 * A content after "told" with a hearer and then a reported clause with no "that" ("told the local paper the council's
 * plan was wrong", "told Radio 4 Mr Lee had left") starts where the clause's subject does, at a noun phrase that
 * follows straight on the hearer's noun or name (see subjectStart). The learned tagger often starts such a content
 * inside the hearer or the subject. Left as it is: a "that", "to", "about" or question word after the hearer, a
 * quote, a clause end before the verb, or no such place.
 * @example fromClauseAfterHearer(context, cue, { start: 5, last: 12, side: 'after' }) // { start: 4, last: 12, side: 'after' }
 */
export function fromClauseAfterHearer(
  context: StatementContext,
  cue: { end: number },
  content: ContentPlace,
): ContentPlace {
  const { lower, quoteOf, sentenceOf } = context
  if (content.side !== 'after' || content.start < cue.end || !TELLING.has(lower(cue.end - 1) ?? ''))
    return content
  const sentence = sentenceOf[cue.end - 1]
  // The clause's verb, or a quote that the subject runs into ('told BBC News people's lives "revolved around …"').
  let verb = -1
  let quoted = false
  for (let t = cue.end; t <= cue.end + REACH; t++) {
    const word = lower(t)
    if (word === undefined || sentenceOf[t] !== sentence) return content
    quoted = t > cue.end + 1 && OPEN_QUOTES.has(word)
    if (quoted || (t > cue.end + 1 && quoteOf[t] === -1 && isFiniteVerb(context, t))) {
      verb = t
      break
    }
    if (quoteOf[t] !== -1 || CLAUSE_ENDS.has(word) || OTHER_OPENERS.has(word)) return content
  }
  if (verb < 0) return content
  const subject = subjectStart(context, cue.end, verb)
  if (subject < 0 || subject === content.start) return content
  return { ...content, start: subject, last: Math.max(content.last, quoted ? verb - 1 : verb) }
}

/**
 * Where the reported clause's subject starts between the hearer's first word `from` and the clause's verb, or -1: the
 * first determiner or subject pronoun that follows straight on a noun, name or number ("told MPs | a new White Paper
 * was"), else the last capitalized word after a lower-case noun or a number ("told the news agency | Contrack's
 * withdrawal was", "told Radio 4 | Mr Lee had") or lower-case noun after a name ("told Sky News | voters were"). A time phrase ("this week") is passed over.
 */
function subjectStart(context: StatementContext, from: number, verb: number): number {
  const { lower, shape } = context
  let named = -1
  for (let t = from + 1; t < verb; t++) {
    const before = context.pos(t - 1) ?? ''
    const word = lower(t) ?? ''
    if (TIME_DETERMINERS.has(word) && TIME_NOUNS.has(lower(t + 1) ?? '')) {
      t++
      continue
    }
    // A noun the guess reads as a present verb ("the breakfast show") ends a hearer before a determiner too.
    const opener = (DETERMINERS.has(word) || SUBJECT_PRONOUNS.has(word)) && shape(t) === 'x'
    if (opener && (HEARER_ENDS.has(before) || (before === 'V' && t - 1 > from))) return t
    if (!HEARER_ENDS.has(before)) continue
    const afterNoun = (before === 'N' && shape(t - 1) === 'x') || before === 'NUM'
    const afterName = before === 'P' && shape(t - 1) !== 'x' && context.pos(t) === 'N' && shape(t) === 'x'
    if ((shape(t) === 'Xx' && afterNoun) || afterName) named = t
  }
  return named
}
