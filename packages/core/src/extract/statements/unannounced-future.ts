import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import type { ContentPlace } from './source-candidates.ts'
import { stemWord } from './stem.ts'

// Modals of the future: what someone will say. Not "would": 'would only say…' reports words refused or given.
const FUTURE = new Set(['will', "'ll", 'shall'])

// The most words before the cue's verb that may hold its modal and adverbs ("will | also | promise").
const LOOK_BACK = 3

// Words that fix when a future speech is to be given: weekdays, months and the words of near time. A closed class.
// Not 'may', which is most often the modal ('prices may fall'): monthOfMay takes it only as a month.
const WHEN = new Set(
  'today tonight tomorrow later next week weekend morning afternoon evening monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december'.split(
    ' ',
  ),
)

// Nouns of an occasion, a text or an audience that a future speech is given out from ('will say in a speech', 'will
// tell the conference', 'the report will say'): what was handed out before it is made. A closed class of such nouns.
const OCCASIONS = new Set(
  'speech speeches statement address conference convention interview lecture rally summit hearing meeting debate briefing broadcast launch manifesto report letter book memoir article column paper session assembly congress parliament commons mps delegates audience reporters journalists'
    .split(' ')
    .map(stemWord),
)

// Verbs whose future gives a listener what was handed out ('will tell voters', 'will inform the board').
const GIVING_OUT = new Set(['tell', 'inform', 'address', 'announce'].map(stemWord))

/**
 * Whether a draft is the writer's forecast of what someone will say, not words given out: a future modal in or just
 * before the cue, no quote, and nothing in the sentence that fixes the speech to an occasion, a time or a listener
 * ('Old forecasts proved wrong, he will argue.', 'The party will also promise to cut taxes.'). 'She will tell MPs on
 * Monday that…', 'He will say in a speech that…' and '"We will win," he will say' give out words before they are made.
 * @example isUnannouncedFuture(context, draft, first) // true for "will argue" in "Prices will fall, he will argue."
 */
export function isUnannouncedFuture(
  context: StatementContext,
  draft: StatementDraft,
  first: number,
): boolean {
  // 'will not say whether…' reports a refusal, which the schema keeps as a negated statement.
  if (draft.mode !== 'indirect' || draft.cue.negated || GIVING_OUT.has(context.stem(first) ?? ''))
    return false
  if (!hasFutureModal(context, draft.cue.start, first)) return false
  return !namesAnOccasion(context, first, draft.content)
}

/** Whether "will" (or "'ll", "shall") stands in the cue before its verb or among the few words right before it. */
function hasFutureModal(context: StatementContext, start: number, first: number): boolean {
  for (let t = first - 1; t >= 0 && t >= Math.min(start, first) - LOOK_BACK; t--) {
    if (context.isWord[t] !== 1 || context.sentenceOf[t] !== context.sentenceOf[first]) return false
    const word = context.lower(t) ?? ''
    if (FUTURE.has(word)) return true
    // Only adverbs and negations stand between a modal and its verb ('will also promise', 'will not say').
    if (t < start && context.pos(t) !== 'R' && word !== 'not') return false
  }
  return false
}

/**
 * Whether the cue's sentence, outside the words reported, names a time, an occasion, a text or an audience for the
 * speech: 'that a report may be late' forecasts a report, it does not give the speech out from one.
 */
function namesAnOccasion(context: StatementContext, first: number, content: ContentPlace): boolean {
  const sentence = context.sentenceOf[first]
  let start = first
  while (start > 0 && context.sentenceOf[start - 1] === sentence) start--
  const reported = reportedStart(context, content)
  for (let t = start; t < context.tokens.length && context.sentenceOf[t] === sentence; t++) {
    if (t >= reported && t <= content.last) continue
    const word = context.lower(t) ?? ''
    if (WHEN.has(word) || OCCASIONS.has(context.stem(t) ?? '') || monthOfMay(context, t, start)) return true
  }
  return false
}

/**
 * Where the words reported begin: a content that opens on a preposition ('to the conference that rents must fall')
 * holds the listener or occasion before its "that", which the speech is given out to, not the words said.
 */
function reportedStart(context: StatementContext, content: ContentPlace): number {
  const pos = context.pos(content.start)
  if (context.lower(content.start) === 'that' || (pos !== 'I' && pos !== 'TO')) return content.start
  for (let t = content.start + 1; t <= content.last; t++) if (context.lower(t) === 'that') return t
  return content.last + 1
}

/** Whether token t is the month May: capitalised within its sentence ('in May'), or next to a day ('May 5', '5 May'). */
function monthOfMay(context: StatementContext, t: number, sentenceStart: number): boolean {
  if (context.lower(t) !== 'may') return false
  if (t > sentenceStart && context.shape(t) === 'Xx') return true
  return context.shape(t - 1) === 'd' || context.shape(t + 1) === 'd'
}
