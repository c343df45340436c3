import type { Span } from '../schemas/span.ts'
import { DATELINE, WIRE_PREFIX } from './patterns.ts'

/** A found dateline: all of it, and the place it names (none for a bare wire prefix such as "(Reuters) -"). */
export interface Dateline {
  span: Span
  place: Span | null
}

/**
 * Finds a dateline at the start of the body: "Moscow: –", "WASHINGTON (Reuters) -", "PARIS, Jan. 3 —".
 * A wire prefix without a place ("(Reuters) - ", "OREANDA-NEWS. ") is one too, naming no place.
 * A bare "Word:" counts only when the word is in capitals or a dash follows, so "Note: ..." is not a dateline.
 * @example findDateline('Moscow: – The United States said', 0) // { span: { start: 0, end: 10 }, place: { start: 0, end: 6 } }
 */
export function findDateline(view: string, start: number): Dateline | null {
  const head = view.slice(start, start + 120)
  const match = DATELINE.exec(head)
  if (!match) {
    const wire = WIRE_PREFIX.exec(head)
    return wire ? { span: { start, end: start + wire[0].length }, place: null } : null
  }
  const place = match[1] ?? ''
  const colonOnly = match[4] !== undefined
  const isCapitals = place === place.toUpperCase()
  if (colonOnly && !isCapitals) return null
  if (!colonOnly && match[2] === undefined && match[3] === undefined && !isCapitals) {
    // "Moscow – The" without colon or agency: only trust it when the place is in capitals or a comma part is present.
    if (!match[0].includes(',')) return null
  }
  let end = start + match[0].length
  while (end < view.length && view.charCodeAt(end) === 0x20) end++
  return { span: { start, end }, place: { start, end: start + place.length } }
}
