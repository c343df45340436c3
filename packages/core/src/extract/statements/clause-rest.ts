import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { AUXILIARIES, reportingClass } from './lexicon.ts'
import type { ContentPlace } from './source-candidates.ts'
import { CLAUSE_STOPS, FINITE_AUXILIARIES, isFiniteVerb, trimToWords } from './words.ts'

// Words after which the verb that follows belongs to another clause: a coordination ('a freeze and Canada | has
// begun'), a subordinate or relative clause's opener ('the remarks when the billionaire | came under attack'), a
// comma that closes a fronted clause ('announced his return, Cleveland | felt…').
const ENDS_A_SUBJECT = new Set(
  ', and or but when before after while as since until because though although whereas which who whom whose where'.split(
    ' ',
  ),
)
// How many tokens after a comma may hold the verb of a trailing report (', party sources told the BBC').
const TRAILING_REACH = 5

/**
 * A content after its cue that stops before its own verb, the subject of a reported clause with no "that" ('Officials
 * have confirmed climate change | was discussed when…', 'claim the sums | do not add up', 'argues government is |
 * too big'), runs on to the end of that clause: the end of its sentence, a semicolon, or the comma before a trailing
 * report ('…, party sources told the BBC'). Only after a finite verb that is not inside a relative clause, and only
 * a content with no verb of its own and no coordination ('a freeze last week and Canada | has begun'), which a
 * quote does not follow; any other content is left as it is.
 * @example completeClause(context, cue, { start: 4, last: 5, side: 'after' }, window) // { start: 4, last: 11, side: 'after' }
 */
export function completeClause(
  context: StatementContext,
  cue: Cue,
  place: ContentPlace,
  window: TokenWindow,
): ContentPlace {
  if (place.side !== 'after' || !headsAClause(context, cue)) return place
  const { lower, isWord, sentenceOf } = context
  const next = place.last + 1
  if (next >= window.to || !isWord[next] || sentenceOf[next] !== sentenceOf[place.last]) return place
  if (context.quoteOf[next] !== -1) return place
  const endsOnAuxiliary = FINITE_AUXILIARIES.has(lower(place.last) ?? '')
  const verbNext = isFiniteVerb(context, next) || pastAfterSubject(context, cue, place, next)
  if (!endsOnAuxiliary && !verbNext) return place
  // The subject alone: no verb of its own before the auxiliary it may end on, no coordination.
  const lastOwn = endsOnAuxiliary ? place.last - 1 : place.last
  for (let t = place.start; t <= lastOwn; t++) if (isFiniteVerb(context, t)) return place
  for (let t = place.start; t <= place.last; t++) if (ENDS_A_SUBJECT.has(lower(t) ?? '')) return place
  let last = next
  for (let t = next + 1; t < window.to && sentenceOf[t] === sentenceOf[next]; t++) {
    const word = lower(t) ?? ''
    if (CLAUSE_STOPS.has(word) || (word === ',' && opensTrailingReport(context, t, window))) break
    last = t
  }
  const words = trimToWords(context, place.start, last)
  return words && words.last > place.last ? { ...words, side: place.side } : place
}

// What makes a word in -s a noun: a determiner, a possessive or an adjective before it ('the claims', 'racially
// tinged attacks on').
const NOUN_MODIFIERS = new Set(['D', 'S', 'J'])
// Words that open a relative clause: a cue after one is inside its sentence's subject ('Republicans who have praised
// his candidacy | warned…'), whose verb follows the content.
const RELATIVES = new Set(['who', 'which', 'that', 'whom'])

/**
 * Whether a cue is the finite verb of a clause, which a reported clause may follow: not a gerund or a noun inside the
 * sentence's subject ('talking about the working class | was a ruse', 'attacks on the judge | have set off…'), nor a
 * verb inside a relative clause.
 */
function headsAClause(context: StatementContext, cue: Cue): boolean {
  const pos = context.pos(cue.head) ?? ''
  const before = context.pos(cue.head - 1) ?? ''
  // A word in -s that the tagger takes for a plural noun ('argues', 'recommends') is a verb after its subject.
  const possessed = /['’]s$/.test(context.lower(cue.head - 1) ?? '')
  const presentVerb =
    pos === 'N' && (context.lower(cue.head) ?? '').endsWith('s') && !NOUN_MODIFIERS.has(before) && !possessed
  if (pos !== 'V' && pos !== 'VD' && !presentVerb) return false
  let t = cue.start - 1
  while (t >= 0 && (AUXILIARIES.has(context.lower(t) ?? '') || context.pos(t) === 'R')) t--
  return !RELATIVES.has(context.lower(t) ?? '') && context.lower(t) !== 'to'
}

// How many tokens the subject of a reported clause may hold for a form in -ed after it to be its verb.
const SHORT_SUBJECT = 4

/**
 * Whether the form in -ed that the tagger took for a participle ('contends Yukos | filed for bankruptcy') is the past
 * tense of the reported clause: after a verb of speech, a short subject, and no "by" after it ('said the papers
 * filed by the firm' keeps the participle).
 */
function pastAfterSubject(context: StatementContext, cue: Cue, place: ContentPlace, next: number): boolean {
  if (context.pos(next) !== 'VN' || context.lower(next + 1) === 'by') return false
  if (place.last - place.start >= SHORT_SUBJECT) return false
  return reportingClass(context.stem(cue.head) ?? '') === 'speech'
}

/** Whether a verb of speech follows the comma at `comma` within a few tokens: a trailing report, not the clause's. */
function opensTrailingReport(context: StatementContext, comma: number, window: TokenWindow): boolean {
  const end = Math.min(window.to, comma + 1 + TRAILING_REACH)
  for (let t = comma + 1; t < end; t++) {
    if (!context.isWord[t]) return false
    const pos = context.pos(t) ?? ''
    if ((pos === 'V' || pos === 'VD') && reportingClass(context.stem(t) ?? '') === 'speech') return true
  }
  return false
}
