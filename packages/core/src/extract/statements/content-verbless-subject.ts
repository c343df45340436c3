import { CLAUSE_ENDS } from './content-dangling-end.ts'
import type { StatementContext } from './context.ts'
import type { ContentPlace } from './source-candidates.ts'
import { isFiniteVerb } from './words.ts'

// Cues whose object is a clause, never a bare noun phrase: after them "said taxes" is not all that was said.
const CLAUSE_CUES = new Set(
  'say says said saying add adds added claim claims claimed insist insists insisted argue argues argued predict predicts predicted state states stated'.split(
    ' ',
  ),
)
// Words that join more of a subject to the noun phrase the content stopped on: "the council and the board were",
// "prices as a whole would".
const SUBJECT_LINKS = new Set(['and', 'or', 'as'])
// Words after "as" that go on with the subject ("prices as a whole", "rents as a share of pay"): after any other
// ("said a prayer as the coffin was carried") "as" opens the writer's clause of time.
const AS_OPENERS = new Set(['a', 'an'])
// Words after "and" that open a clause of the writer's own ("said nothing and he left"), not more of a subject.
const SUBJECT_PRONOUNS = new Set('i we he she they it you'.split(' '))
// Parts of speech that may open the rest of a noun phrase after the link: a determiner, a name, a noun, an
// adjective, a possessive pronoun, a number, a gerund as adjective ("parking fees"). An adverb or a verb ("said sorry and then left") is the writer's.
const PHRASE_OPENERS = new Set(['D', 'P', 'N', 'J', 'PR', 'NUM', 'VG'])
// Reporting verbs that, found after the link, are a second report ("said Brexit and Ann Lee said …"), not the verb.
const REPORTING = new Set('said says told added claimed argued insisted warned'.split(' '))
// How many words the content may hold and still be the bare subject the tagger cut; how far the subject's verb may
// follow the link; how far the rest of the clause may run after it.
const SUBJECT_WORDS = 6
const VERB_REACH = 8
const CLAUSE_REACH = 20

/**
 * A content after "said" (or another cue that reports a clause) that is only a short noun phrase with no verb, and
 * stops before "and", "or" or "as" that lead within a few words to a finite verb, was cut inside its own subject:
 * it goes on through that verb to the end of the clause ("said *the council* and the board were wrong" → the whole
 * clause; "said *prices* as a whole would rise"). After "as" only "a" or "an" may follow and only a modal or
 * auxiliary counts as the verb, since "said goodbye as the bus left" and "said a prayer as the coffin was carried"
 * are asides of the writer's; after "and" a pronoun or a reporting verb opens the
 * writer's own clause and leaves the content as it is.
 * @example throughVerblessSubject(context, cue, { start: 2, last: 3, side: 'after' }) // { start: 2, last: 12, side: 'after' }
 */
export function throughVerblessSubject(
  context: StatementContext,
  cue: { end: number },
  content: ContentPlace,
): ContentPlace {
  const { lower, isWord, sentenceOf, quoteOf } = context
  if (content.side !== 'after' || content.start < cue.end || quoteOf[content.last] !== -1) return content
  if (!CLAUSE_CUES.has(lower(cue.end - 1) ?? '')) return content
  let words = 0
  for (let t = content.start; t <= content.last; t++) {
    if (isFiniteVerb(context, t) || CLAUSE_ENDS.has(lower(t) ?? '')) return content
    words += isWord[t] ?? 0
  }
  const link = content.last + 1
  const joined = lower(link) ?? ''
  if (words > SUBJECT_WORDS || !SUBJECT_LINKS.has(joined)) return content
  const sentence = sentenceOf[content.last]
  const within = (t: number) =>
    sentenceOf[t] === sentence && quoteOf[t] === -1 && !CLAUSE_ENDS.has(lower(t) ?? '')
  const opener = link + 1
  if (
    !within(opener) ||
    (joined === 'as' && !AS_OPENERS.has(lower(opener) ?? '')) ||
    SUBJECT_PRONOUNS.has(lower(opener) ?? '') ||
    !PHRASE_OPENERS.has(context.pos(opener) ?? '')
  )
    return content
  let verb = -1
  for (let t = link + 2; t <= link + VERB_REACH && within(t); t++) {
    if (isFiniteVerb(context, t) || (joined !== 'as' && isBarePastForm(context, t))) {
      verb = t
      break
    }
  }
  if (verb < 0 || REPORTING.has(lower(verb) ?? '')) return content
  if (joined === 'as' && !isAuxiliary(context, verb)) return content
  let last = verb
  for (let t = verb + 1; t <= verb + CLAUSE_REACH && within(t); t++) if (isWord[t]) last = t
  return { ...content, last }
}

// Words before a past form that make it a participle, not the verb of the subject before it ("has been hoped").
const PARTICIPLE_AUXILIARIES = new Set('has have had be been being is are was were get got'.split(' '))

/**
 * Whether token `t` is a past form the part-of-speech guess reads as a participle ("the firm and its staff hoped"),
 * with no auxiliary before it to make it one.
 */
function isBarePastForm(context: StatementContext, t: number): boolean {
  return context.pos(t) === 'VN' && !PARTICIPLE_AUXILIARIES.has(context.lower(t - 1) ?? '')
}

/** Whether a finite verb is a modal or a form of "be", "have" or "do", which a subject with "as …" may take. */
function isAuxiliary(context: StatementContext, t: number): boolean {
  return (
    context.pos(t) === 'M' || /^(?:is|are|was|were|has|have|had|do|does|did)$/.test(context.lower(t) ?? '')
  )
}
