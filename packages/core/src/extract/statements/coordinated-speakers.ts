import { hashText } from '../../parse/hash.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { type Discourse, sentenceIndexAt } from './antecedents.ts'

// Actors that speak for themselves; a place named in a list ("Steyn, Hope and Carswell") is a tagging slip.
const SPEAKING_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'country', 'group'])
// What may come before the first name: "Both the", "The".
const LEAD = /^\s*(?:both\s+)?(?:the\s+)?$/i
// What may join two names: ", ", " and ", ", and the ", " & ", after a name's short form in brackets ("(CML) and").
const JOIN = /^\s*(?:\([^()\s]{2,12}\)\s*)?(?:,\s*)?(?:(?:and|&)\s+)?(?:the\s+)?$/i
// The last join names the list's end: "A, B and C", never "A, B" (a name and its appositive).
const LAST_JOIN = /(?:^|\s)(?:and|&)\s/i
// What may follow the last name: "The Tories and Lib Dems both say", "… Union of Tanners (UTA) said". Each space
// run is tied to the word or bracket before it, so a long run of spaces is read one way only.
const TAIL = /^\s*(?:\([^()\s]{2,12}\)?\s*)?(?:(?:both|each|jointly)\s*)?$/i
// Words between a listed source and its cue: "Germany and France have repeatedly called for", "… both say"; the
// bracket that closes a short form the source ends in ("… Federation (NBF) said").
const TO_CUE =
  /^\)?\s*(?:(?:have|has|had|will|would|also|both|all|each|jointly|repeatedly|now|later|then)\s+)*$/i
// A body's name that may go on past "and": "the Federation of the Red Cross and Red Crescent Societies".
const NAME_OF = /\sof\s/i

/**
 * The actors a source names as a list of speakers, in text order: "The Tories and the Lib Dems", "Mencap and the
 * National Autistic Society", "Tom Reed, Ann Lee and Ivo Drask". Only a source made of names and the words that
 * join them counts ("The feud between Tom Reed and Ann Lee" names no speakers); fewer than two actors give none.
 * @example coordinatedSpeakers(discourse, source) // ['organization:conservative-party', 'organization:liberal-democrats']
 */
export function coordinatedSpeakers(discourse: Discourse, source: Span): string[] {
  const { view } = discourse.parsed
  const names: Anchor[] = []
  for (const anchor of anchorsWithin(discourse.anchors, source.start, source.end)) {
    if (anchor.form !== 'name' && anchor.form !== 'title') continue
    const last = names.at(-1)
    // A name inside another one ("Gordon Brown" in "Chancellor Gordon Brown") is that one.
    if (last && anchor.start < last.end) continue
    // A short form in brackets right after a name ("the Institute of Plumbers (IOP)") is that name again.
    if (last && /^\s*\($/.test(view.slice(last.end, anchor.start))) continue
    names.push(anchor)
  }
  if (names.length < 2 || !names.every((anchor) => SPEAKING_KINDS.has(anchor.kind))) return []
  if (!LEAD.test(view.slice(source.start, (names[0] as Anchor).start))) return []
  if (!TAIL.test(view.slice((names.at(-1) as Anchor).end, source.end))) return []
  for (let i = 1; i < names.length; i++) {
    const join = view.slice((names[i - 1] as Anchor).end, (names[i] as Anchor).start)
    if (!JOIN.test(join) || join.trim() === '') return []
    // "Department of Trade and Industry" cut in two by the tagger: a bare "and" after a name "… of …".
    const previous = view.slice((names[i - 1] as Anchor).start, (names[i - 1] as Anchor).end)
    if (NAME_OF.test(previous) && /^\s*and\s+$/i.test(join)) return []
    if (i === names.length - 1 && !LAST_JOIN.test(` ${join}`)) return []
  }
  const actors = [...new Set(names.map((anchor) => anchor.actor))]
  return actors.length >= 2 ? actors : []
}

// A list set off from its cue by an aside: "Vale Bank and Harwick Trust, two of the largest lenders, have warned".
const ASIDE_TO_CUE =
  /^\s*,[^,;.!?"\u201c\u201d]{1,100},\s*(?:(?:have|has|had|will|would|also|both|all)\s+)*$/i
// What may open a sentence before its subject: "But", "In a rare move,".
const OPENER =
  /^[\s"'\u201c\u2018(]*(?:(?:but|and|however|meanwhile|yet)\s+)?(?:(?:[\p{L}'\u2019-]+\s+){0,5}[\p{L}'\u2019-]+,\s*)?$/iu

/**
 * Whether a listed source is the one its cue reports: the subject right before the cue ("Tom Reed and Ann Lee
 * said", "…, said Tom Reed and Ann Lee"), or the sentence's subject with an aside, a participle or a second verb
 * between ("Tom Reed and Ann Lee welcomed the plan and called for more"), not a list inside another phrase
 * ("a lawyer who acts for Tom Reed and Ann Lee, said", "Tom Reed and Ann Lee were held, accused of …").
 */
function saysItself(discourse: Discourse, source: Span, cue: Span): boolean {
  const { parsed } = discourse
  const { view } = parsed
  if (cue.start < source.end) return cue.end <= source.start && TO_CUE.test(view.slice(cue.end, source.start))
  const between = view.slice(source.end, cue.start)
  if (TO_CUE.test(between)) return true
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, source.start)]
  if (!sentence || cue.end > sentence.end || !OPENER.test(view.slice(sentence.start, source.start)))
    return false
  if (ASIDE_TO_CUE.test(between)) return true
  // "…, saying", "… and called for": the subject's words go on past its first verb ("…, accused of" is passive).
  const word = /^\S+/.exec(view.slice(cue.start, cue.end))?.[0] ?? ''
  return !between.includes(';') && (/\band\s*$/i.test(between) || /ing$/i.test(word))
}

/**
 * One statement per speaker of a listed source: "The Tories and the Lib Dems say they want an inquiry" is said by
 * each party, as readers record it — the first named keeps the statement, each other gets a copy of its own id.
 * @example splitCoordinated(discourse, statement).map((s) => s.speaker) // ['organization:tories', 'organization:lib-dems']
 */
export function splitCoordinated(discourse: Discourse, statement: Statement): Statement[] {
  const { cue } = statement
  if (!statement.source || !cue) return [statement]
  const source = widenedToList(discourse, statement.source, cue)
  if (!saysItself(discourse, source, cue)) return [statement]
  const speakers = coordinatedSpeakers(discourse, source)
  if (speakers.length === 0) return [statement]
  const { speakerReason: _none, ...rest } = statement
  return speakers.map((speaker, i) => ({
    ...rest,
    id: i === 0 ? statement.id : `s_${hashText(`${statement.id}:${speaker}`)}`,
    speaker,
    source,
  }))
}

// What may open a sentence before the list that is its subject: a quote mark, "But", "And".
const LIST_OPENER = /^[\s"'\u201c\u2018(]*(?:(?:but|and|however|meanwhile|yet)\s+)?/i

/**
 * The whole list when the source found is only its last name: the subject of "The Marsh Wildlife Trust and the
 * RSPB say they will oppose the road" is both bodies, though the words picked were "the RSPB". The list must open the sentence and
 * be made only of names and the words that join them.
 */
function widenedToList(discourse: Discourse, source: Span, cue: Span): Span {
  if (cue.start < source.end) return source
  const { parsed } = discourse
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, source.start)]
  if (!sentence) return source
  const before = parsed.view.slice(sentence.start, source.start)
  if (!/\s(?:and|&)\s+(?:the\s+)?$/i.test(before)) return source
  const wide = { start: sentence.start + (LIST_OPENER.exec(before)?.[0].length ?? 0), end: source.end }
  return coordinatedSpeakers(discourse, wide).length > 0 ? wide : source
}
