import type { StatementContext } from './context.ts'
import { reportingClass } from './lexicon.ts'
import { stemWord } from './stem.ts'

// Verbs whose past participle, set after a noun, names the ones acted on: "pupils questioned for a survey", "the
// firms asked", "those polled". A closed class of asking and interviewing.
const ASKED = new Set('question ask poll survey interview quiz consult'.split(' ').map(stemWord))
// Finite forms that a sentence's main verb opens with: "Pupils questioned for a survey have shown…".
const FINITE = new Set(
  'is are was were has have had will would can could should may might must do does did'.split(' '),
)
// Words of a noun phrase after its determiner or preposition: adjectives, nouns, names, numbers.
const NOUN_PHRASE = new Set(['J', 'N', 'P', 'NUM'])
// What may stand right before the participle: the noun it follows ("pupils", "those"), or an adverb ("now"); not a
// name inside the sentence, which asks ("Ms Lee asked would the minister resign").
const BEFORE = new Set(['N', 'NUM', 'PR', 'D'])

/**
 * Whether a cue's word is a participle of asking set after the noun it describes, with the sentence's own verb after
 * it ("Pupils questioned for a survey have shown little interest", "Most firms asked had no plan"): the ones asked,
 * not anyone speaking. "Police questioned the man" and "Ms Lee asked for calm" have no finite verb after a plain
 * phrase and stay.
 * @example modifiesItsNoun(context, draft.cue.start, first) // true for "questioned" in "Pupils questioned … have shown"
 */
export function modifiesItsNoun(context: StatementContext, start: number, first: number): boolean {
  const word = context.lower(first) ?? ''
  if (first !== start || !word.endsWith('ed') || !ASKED.has(context.stem(first) ?? '')) return false
  let before = first - 1
  if (context.pos(before) === 'R') before--
  if (context.sentenceOf[before] !== context.sentenceOf[first]) return false
  // A capitalized word opening the sentence is a noun there ("Pupils questioned …").
  const opens = context.sentenceOf[before - 1] !== context.sentenceOf[before]
  if (!BEFORE.has(context.pos(before) ?? '') && !(opens && context.pos(before) === 'P')) return false
  return finiteAfterPhrases(context, first + 1)
}

// The most tokens of prepositional phrases between the participle and the finite verb.
const LONGEST_PHRASES = 8

/** Whether, from `t`, prepositional phrases only ("for a survey", "in the poll") lead to a finite verb. */
function finiteAfterPhrases(context: StatementContext, t: number): boolean {
  const sentence = context.sentenceOf[t - 1]
  const end = t + LONGEST_PHRASES
  for (; t < end && context.sentenceOf[t] === sentence; ) {
    if (FINITE.has(context.lower(t) ?? '')) return true
    if (!PHRASE_OPENERS.has(context.lower(t) ?? '')) return false
    t++
    if (context.pos(t) === 'D' || context.pos(t) === 'S') t++
    const phrase = t
    while (t < end && NOUN_PHRASE.has(context.pos(t) ?? '')) t++
    if (t === phrase) return false
  }
  return false
}

// Prepositions of a phrase that tells where, when or for what the asking was ("for a survey", "in May", "by the
// BBC"); not those that also open a clause ("as the crowd grew", "whether the plan…").
const PHRASE_OPENERS = new Set([
  'for',
  'in',
  'on',
  'at',
  'by',
  'from',
  'about',
  'across',
  'during',
  'of',
  'with',
])

/**
 * The place of the verb of speech that follows, in the same cue, a participle of asking set after its noun ("those
 * questioned said", "the firms asked told us"): the ones asked are then the speakers, and that verb reports what
 * they said; -1 when the cue holds no such pair.
 * @example speechAfterAsked(context, first, end) // the place of "said" in "those questioned said"
 */
export function speechAfterAsked(context: StatementContext, first: number, end: number): number {
  const word = context.lower(first) ?? ''
  if (!word.endsWith('ed') || !ASKED.has(context.stem(first) ?? '')) return -1
  for (let t = first + 1; t < end; t++) {
    if (reportingClass(context.stem(t) ?? '') === 'speech') return t
  }
  return -1
}
