/**
 * How many items, sorted by `start`, start before `offset`: the index of the first one at or after it.
 * Binary search, for looking up tokens, mentions and other spans by offset.
 * @example countStartingBefore([{ start: 0 }, { start: 5 }, { start: 9 }], 6) // 2
 */
export function countStartingBefore(items: readonly { start: number }[], offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((items[middle] as { start: number }).start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * How many items, sorted by `end` (as tokens, which never overlap, are), end before `offset`: the index of the first
 * one that ends at or after it. Binary search.
 * @example countEndingBefore([{ end: 4 }, { end: 8 }, { end: 12 }], 8) // 1
 */
export function countEndingBefore(items: readonly { end: number }[], offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((items[middle] as { end: number }).end < offset) low = middle + 1
    else high = middle
  }
  return low
}
