/** A range of text to mark, with a rank: lower ranks win and stay whole, higher ranks are cut to fit inside them. */
export interface Mark<T> {
  start: number
  end: number
  rank: number
  data: T
}

/** A run of plain text between marks, as offsets into the text. */
export interface TextSegment {
  type: 'text'
  start: number
  end: number
}

/** A marked run; `piece` is 0 for the first (or only) piece of a mark that had to be cut, 1, 2… for the rest. */
export interface MarkSegment<T> {
  type: 'mark'
  start: number
  end: number
  data: T
  piece: number
  children: Segment<T>[]
}

/** One node of the nested segment tree. */
export type Segment<T> = TextSegment | MarkSegment<T>

interface Node<T> {
  start: number
  end: number
  mark: Mark<T>
  children: Node<T>[]
}

/**
 * Turns a text's length and possibly overlapping marks into a properly nested segment tree that covers
 * the whole text. A mark that crosses a boundary of a lower-ranked (stronger) mark is cut into pieces;
 * a mark that merely contains weaker marks keeps them as children. Spans outside the text are clamped,
 * empty ones dropped: odd input never throws.
 * @example
 * nestMarks(11, [{ start: 0, end: 11, rank: 1, data: 'quote' }, { start: 6, end: 11, rank: 2, data: 'name' }])
 * // [{ type: 'mark', data: 'quote', children: [{ type: 'text', start: 0, end: 6 }, { type: 'mark', data: 'name', … }] }]
 */
export function nestMarks<T>(length: number, marks: readonly Mark<T>[]): Segment<T>[] {
  const ordered = marks
    .map((mark) => ({ ...mark, start: clamp(mark.start, length), end: clamp(mark.end, length) }))
    .filter((mark) => mark.end > mark.start)
    .map((mark, index) => ({ mark, index }))
    .sort(
      (a, b) =>
        a.mark.rank - b.mark.rank ||
        b.mark.end - b.mark.start - (a.mark.end - a.mark.start) ||
        a.mark.start - b.mark.start ||
        a.index - b.index,
    )
  let roots: Node<T>[] = []
  for (const { mark } of ordered) roots = insertMark(roots, mark.start, mark.end, mark)
  const pieces = new Map<Mark<T>, number>()
  return toSegments(roots, 0, length, pieces)
}

function clamp(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return 0
  return Math.min(Math.max(Math.trunc(offset), 0), length)
}

/** Inserts [start, end) of `mark` among disjoint, sorted siblings; returns the new sibling list. */
function insertMark<T>(siblings: Node<T>[], start: number, end: number, mark: Mark<T>): Node<T>[] {
  const overlapping = siblings.filter((node) => node.start < end && start < node.end)
  const only = overlapping.length === 1 ? overlapping[0] : undefined
  if (only && only.start <= start && end <= only.end) {
    only.children = insertMark(only.children, start, end, mark)
    return siblings
  }
  const partial = overlapping.filter((node) => node.start < start || node.end > end)
  for (const node of partial) {
    node.children = insertMark(node.children, Math.max(start, node.start), Math.min(end, node.end), mark)
  }
  const ranges: [number, number][] = []
  let cursor = start
  for (const node of partial) {
    if (node.start > cursor) ranges.push([cursor, node.start])
    cursor = Math.max(cursor, node.end)
  }
  if (cursor < end) ranges.push([cursor, end])
  const created = ranges.map(([from, to]) => ({
    start: from,
    end: to,
    mark,
    children: siblings.filter((node) => node.start >= from && node.end <= to),
  }))
  const kept = siblings.filter(
    (node) => !created.some((piece) => node.start >= piece.start && node.end <= piece.end),
  )
  return [...kept, ...created].sort((a, b) => a.start - b.start)
}

function toSegments<T>(
  nodes: readonly Node<T>[],
  from: number,
  to: number,
  pieces: Map<Mark<T>, number>,
): Segment<T>[] {
  const segments: Segment<T>[] = []
  let cursor = from
  for (const node of nodes) {
    if (node.start > cursor) segments.push({ type: 'text', start: cursor, end: node.start })
    const piece = pieces.get(node.mark) ?? 0
    pieces.set(node.mark, piece + 1)
    const children = toSegments(node.children, node.start, node.end, pieces)
    segments.push({ type: 'mark', start: node.start, end: node.end, data: node.mark.data, piece, children })
    cursor = node.end
  }
  if (cursor < to) segments.push({ type: 'text', start: cursor, end: to })
  return segments
}
