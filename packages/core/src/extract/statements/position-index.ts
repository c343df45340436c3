/**
 * Items by a token position of theirs, sorted once, so that a stage comparing every draft of a section with every
 * other can read only those whose position lies in a span: a long text's section holds thousands of drafts, and
 * reading each against all others grew with the square of their number.
 */
export interface PositionIndex {
  /** The indices, in the items' own order, of the items whose position lies in [from, to]. */
  within(from: number, to: number): number[]
}

/**
 * Indexes `items` by `positionOf` (a token index).
 * @example indexPositions([{ at: 7 }, { at: 2 }, { at: 5 }], (item) => item.at).within(2, 5) // [1, 2]
 */
export function indexPositions<Item>(
  items: readonly Item[],
  positionOf: (item: Item) => number,
): PositionIndex {
  const positions = items.map(positionOf)
  const order = items.map((_, k) => k).sort((a, b) => (positions[a] as number) - (positions[b] as number))
  return {
    within(from, to) {
      let low = 0
      let high = order.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if ((positions[order[middle] as number] as number) < from) low = middle + 1
        else high = middle
      }
      const found: number[] = []
      for (let k = low; k < order.length && (positions[order[k] as number] as number) <= to; k++)
        found.push(order[k] as number)
      return found.sort((a, b) => a - b)
    },
  }
}
