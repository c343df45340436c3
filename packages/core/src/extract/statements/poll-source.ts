import type { StatementContext } from './context.ts'
import { ownWords } from './data-source.ts'
import type { SourcePlace } from './source.ts'

// Nouns for a poll's or a forecast's findings: "the polls suggest", "a new poll found", "our forecasts show".
// Not "survey": document-body.ts gives "the survey" to the body that made it, as a writing of its own.
// Tune's gold counts no statement for them (a finding is no one saying it) but keeps a named forecaster ("the
// bank has forecast…"), so only the finding as the whole source is dropped.
const FINDING_NOUNS = new Set('poll polls forecast forecasts projection projections'.split(' '))
// Parts of speech (see pos.ts) such a source is written with alone: "the latest opinion polls", "a new poll of
// 2,000 adults". A name ("P"), a verb or a preposition but "of" ("a poll by the union") ties it to someone.
const FINDING_PHRASE = new Set(['D', 'J', 'N', 'NUM', 'R', 'VG'])
// "our forecasts", "my projections": the writer's or publisher's own numbers, no one in the story speaking.
// "its forecasts" and "their polls" stay: they point back to someone named, who may be the speaker.
const FIRST_PERSON = new Set(['our', 'my'])

/**
 * Whether a source names only a poll, forecast or projection: its head (the word before "of", or the last) is one of those nouns and
 * nothing in it, up to an aside, names who made it, but the writer's own "our". For reach 'spoken': PolNeAR's
 * attributions keep them.
 * @example namesOnlyFindings(context, { start: 0, last: 1 }) // true for "The polls suggest…"
 */
export function namesOnlyFindings(context: StatementContext, place: SourcePlace): boolean {
  // "according to our forecasts — ahead of Tom Reed": the aside after the dash names no one who spoke.
  const source = ownWords(context, place)
  if (!FINDING_NOUNS.has(context.lower(headOf(context, source)) ?? '')) return false
  for (let t = source.start; t <= source.last; t++) {
    const word = context.lower(t) ?? ''
    if (word === 'of' || FIRST_PERSON.has(word)) continue
    if (!FINDING_PHRASE.has(context.pos(t) ?? '')) return false
  }
  return true
}

/** The head noun of a source: the word before its first "of" ("poll" of "a poll of 900 adults"), or its last. */
function headOf(context: StatementContext, source: SourcePlace): number {
  for (let t = source.start + 1; t <= source.last; t++) if (context.lower(t) === 'of') return t - 1
  return source.last
}
