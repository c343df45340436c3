import { describe, expect, it } from 'vitest'
import { boundedMemo } from './bounded-memo.ts'

describe('boundedMemo', () => {
  it('computes once per key, and the same answer after', () => {
    const calls: string[] = []
    const upper = boundedMemo(10, (key: string) => {
      calls.push(key)
      return { text: key.toUpperCase() }
    })
    const first = upper('a')
    expect(upper('a')).toBe(first)
    expect(upper('b')).toEqual({ text: 'B' })
    expect(calls).toEqual(['a', 'b'])
  })

  it('starts over when its table is full, and computes again what it forgot', () => {
    const calls: number[] = []
    const boxed = boundedMemo(2, (key: number) => {
      calls.push(key)
      return [key]
    })
    for (const key of [1, 2, 1, 3, 1, 3]) boxed(key)
    // 1 and 2 fill the table; 3 clears it and stays; 1 is computed again beside 3.
    expect(calls).toEqual([1, 2, 3, 1])
  })
})
