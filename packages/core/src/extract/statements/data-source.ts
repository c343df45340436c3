import type { StatementContext } from './context.ts'
import type { SourcePlace } from './source.ts'

// Nouns for numbers and records that no one is named as having said: "figures show", "according to city data".
const DATA_NOUNS = new Set(
  'data figures statistics stats numbers estimates records research evidence'.split(' '),
)
// Studies no one is named as having made ("according to earlier studies", "studies show"): a finding, no one
// saying it, for reach 'spoken'; PolNeAR's attributions annotate them, so reach 'all' keeps them.
const STUDY_NOUNS = new Set(['studies'])
// Parts of speech (see pos.ts) a source of data alone is written with: "a growing body of new research",
// "latest official figures", "2019 census data". A name ("P"), a verb or a preposition but "of" ("figures
// released by the council", "data from the Home Office") ties the data to someone who may be the speaker.
const DATA_PHRASE = new Set(['D', 'J', 'N', 'NUM', 'R', 'VG'])
// "The research found", "these figures show" point back to a study someone was named as doing: that one may speak.
const POINTS_BACK = new Set(['the', 'this', 'these', 'those'])

/**
 * Whether a source names only data: its last word is a noun for numbers or records ("figures", "data",
 * "research"), nothing in it names who gathered or published them, and it does not point back to data named
 * before ("the research"). A careful reader finds no one speaking in "according to city data" or "latest figures
 * suggest"; "Home Office figures show" keeps its office.
 * @example namesOnlyData(context, { start: 2, last: 3 }) // true for "according to city data"
 */
export function namesOnlyData(context: StatementContext, source: SourcePlace): boolean {
  return namesOnly(DATA_NOUNS, context, source)
}

/**
 * Whether a source names only studies, as `namesOnlyData` reads data: "according to earlier studies", "studies
 * show"; "these studies" points back to a study named before, "studies by the clinic" names who made them.
 * @example namesOnlyStudies(context, { start: 5, last: 6 }) // true for "…, according to earlier studies"
 */
export function namesOnlyStudies(context: StatementContext, source: SourcePlace): boolean {
  return namesOnly(STUDY_NOUNS, context, source)
}

/** Whether a source's last word is one of `nouns`, it does not point back, and nothing in it names a maker. */
function namesOnly(nouns: ReadonlySet<string>, context: StatementContext, source: SourcePlace): boolean {
  if (!nouns.has(context.lower(source.last) ?? '')) return false
  if (POINTS_BACK.has(context.lower(source.start) ?? '')) return false
  for (let t = source.start; t <= source.last; t++) {
    if (context.lower(t) === 'of') continue
    if (!DATA_PHRASE.has(context.pos(t) ?? '')) return false
  }
  return true
}
