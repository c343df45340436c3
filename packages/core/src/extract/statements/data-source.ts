import type { StatementContext } from './context.ts'
import { ASIDE_MARKS, asideNamesAMaker, isBare, POINTS_BACK, pointsBackToBare } from './data-phrase.ts'
import type { SourcePlace } from './source.ts'

// Nouns for numbers and records that no one is named as having said: "figures show", "according to city data".
const DATA_NOUNS = new Set(
  'data figures statistics stats numbers estimates records research evidence'.split(' '),
)
// Studies no one is named as having made ("according to earlier studies", "studies show"): a finding, no one
// saying it, for reach 'spoken'; PolNeAR's attributions annotate them, so reach 'all' keeps them.
const STUDY_NOUNS = new Set(['studies'])

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

/**
 * Whether a source's last word is one of `nouns`, nothing in it names a maker, and it points back to nothing named:
 * "the research" names no one when the research it points back to was named with no one either.
 */
function namesOnly(nouns: ReadonlySet<string>, context: StatementContext, place: SourcePlace): boolean {
  const source = ownWords(context, place)
  if (!nouns.has(context.lower(source.last) ?? '')) return false
  if (!isBare(context, source.start, source.last)) return false
  return !POINTS_BACK.has(context.lower(source.start) ?? '') || pointsBackToBare(context, source)
}

/**
 * The source's own words: up to the first mark that opens an aside after them ("our forecasts" of "our forecasts —
 * ahead of Tom Reed"), or the whole source when it has none. An aside that names a maker ("figures, released by the
 * council") is part of the source: it tells who the data is from.
 * @example ownWords(context, source).last // the token before " —" in "according to our forecasts — ahead of…"
 */
export function ownWords(context: StatementContext, source: SourcePlace): SourcePlace {
  for (let t = source.start + 1; t <= source.last; t++)
    if (ASIDE_MARKS.has(context.lower(t) ?? '') && !context.isWord[t])
      return asideNamesAMaker(context, t) ? source : { start: source.start, last: t - 1 }
  return source
}
