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
