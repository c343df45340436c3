import type { Span } from '../../schemas/span.ts'
import { standsWholeInSpans, writtenIn } from './title-lines.ts'

const WORD_UNIT = /[\p{L}\p{N}]/u
const nonAsciiWordUnits = new Map<number, boolean>()

/** Whether one UTF-16 code unit is a letter or a digit, as `isWholeAt` reads the text (one `charAt` at a time). */
function isWordUnit(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  let known = nonAsciiWordUnits.get(code)
  if (known === undefined) {
    known = WORD_UNIT.test(String.fromCharCode(code))
    nonAsciiWordUnits.set(code, known)
  }
  return known
}

/** Calls `visit` with each maximal run of letters and digits in a string, as [start, end). */
function forEachWordRun(text: string, visit: (start: number, end: number) => void): void {
  let start = -1
  for (let k = 0; k <= text.length; k++) {
    const word = k < text.length && isWordUnit(text.charCodeAt(k))
    if (word && start < 0) start = k
    else if (!word && start >= 0) {
      visit(start, k)
      start = -1
    }
  }
}

/** The maximal runs of letters and digits in a short string, as [start, end) pairs. */
function wordRuns(text: string): [number, number][] {
  const runs: [number, number][] = []
  forEachWordRun(text, (start, end) => runs.push([start, end]))
  return runs
}

/** Whether a span begins or ends inside a run of letters and digits ("did|n't"), where its edge makes a word's edge. */
function cutsAWord(text: string, span: Span): boolean {
  const inside = (k: number) =>
    k > 0 && k < text.length && isWordUnit(text.charCodeAt(k - 1)) && isWordUnit(text.charCodeAt(k))
  return inside(span.start) || inside(span.end)
}

/**
 * `writtenIn(text, spans, name)` for many names at once, in time linear in the text: each of a name's runs of
 * letters and digits stands whole in the text wherever the name does, so the name is looked for only where its
 * rarest run stands (an index of the names' runs, built in one pass), and each name once. A long text's title
 * lines ask after names that a search from the start of the text would otherwise read the whole text for.
 * `checks` counts the places compared, for tests.
 * @example wholeNameFinder('Gaza. In Gaza, no.', [{ start: 6, end: 18 }], ['Gaza'])('Gaza') // true
 */
export function wholeNameFinder(
  text: string,
  spans: readonly Span[],
  names: Iterable<string>,
  checks: { count: number } = { count: 0 },
): (name: string) => boolean {
  // A span that cuts a word makes a word's edge where the text has none: read the spans as writtenIn does.
  if (spans.some((span) => cutsAWord(text, span))) return remembered((name) => writtenIn(text, spans, name))
  const needed = new Set<string>()
  for (const name of names) for (const [start, end] of wordRuns(name)) needed.add(name.slice(start, end))
  const places = new Map<string, number[]>()
  if (needed.size > 0)
    forEachWordRun(text, (start, end) => {
      const run = text.slice(start, end)
      if (!needed.has(run)) return
      const list = places.get(run)
      if (list) list.push(start)
      else places.set(run, [start])
    })
  const find = (name: string): boolean => {
    const runs = wordRuns(name)
    // A name across a line break, or one of no letters or digits, or one not given at the start: read as writtenIn.
    if (
      name.includes('\n') ||
      runs.length === 0 ||
      runs.some(([start, end]) => !needed.has(name.slice(start, end)))
    )
      return writtenIn(text, spans, name)
    let rarest: number[] = []
    let offset = 0
    for (const [index, [start, end]] of runs.entries()) {
      const list = places.get(name.slice(start, end)) ?? []
      if (index === 0 || list.length < rarest.length) {
        rarest = list
        offset = start
      }
    }
    for (const place of rarest) {
      checks.count++
      const at = place - offset
      if (at >= 0 && text.startsWith(name, at) && standsWholeInSpans(text, spans, at, at + name.length))
        return true
    }
    return false
  }
  return remembered(find)
}

/** A function of a name that answers each name once. */
function remembered(find: (name: string) => boolean): (name: string) => boolean {
  const known = new Map<string, boolean>()
  return (name) => {
    const answer = known.get(name) ?? find(name)
    known.set(name, answer)
    return answer
  }
}
