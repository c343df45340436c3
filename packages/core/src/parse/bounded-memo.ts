/**
 * `compute` remembered by key, in a table of at most `most` entries that starts over when full, so that memory
 * stays flat on any input. For pure functions of their key whose answers are shared (freeze what callers could
 * change) and never undefined.
 * @example const wordsOf = boundedMemo(20_000, (text: string) => Object.freeze(text.split(' ')))
 */
export function boundedMemo<Key, Value extends object>(
  most: number,
  compute: (key: Key) => Value,
): (key: Key) => Value {
  const table = new Map<Key, Value>()
  return (key) => {
    let value = table.get(key)
    if (value === undefined) {
      value = compute(key)
      if (table.size >= most) table.clear()
      table.set(key, value)
    }
    return value
  }
}
